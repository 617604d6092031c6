# dataclasses: generated __init__/__repr__/__eq__, ordering, frozen, defaults, post-init, slots.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)
v1, v2 = Version(1, 2), Version(1, 10, ["beta"])
print(v1, v2, v1 < v2, v1 == Version(1, 2, ["x"]), sorted([v2, v1]))
print(asdict(v2), astuple(v1), replace(v1, minor=5), [f.name for f in fields(Version)])
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: "hashable"}[Point(3.0, 4.0)])
try:
    p.x = 10
except FrozenInstanceError as error:
    print("FrozenInstanceError:", error)
@dataclass
class Derived:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Derived(5))
@dataclass(slots=True, kw_only=True)
class Slotted:
    name: str
    size: int = 1
s = Slotted(name="s")
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    Slotted("positional")
except TypeError as error:
    print("TypeError:", error)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as error:
    print("ValueError:", error)
try:
    Version()
except TypeError as error:
    print("TypeError:", error)
