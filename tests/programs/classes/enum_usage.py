# enum: members, values, iteration, auto(), Flag combinations, and lookups that fail.
from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color, [m.name for m in Color.__members__.values()])
try:
    Color(7)
except ValueError as error:
    print("ValueError:", error)
try:
    Color["PURPLE"]
except KeyError as error:
    print("KeyError:", error)
class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as error:
    print("ValueError:", error)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2
print(round(Planet.EARTH.gravity, 2), Planet.EARTH.value)
try:
    Color.RED = 5
except AttributeError as error:
    print("AttributeError:", error)
print(isinstance(Color.RED, Color), type(Color).__name__, Color.RED.__class__.__name__)
