# Class patterns: positional via __match_args__, keyword attributes, built-in self-matching types.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Circle(Point(cx, cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {c}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as text:
            return f"text {text!r}"
        case _:
            return "unknown"
for shape in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(0, 1), 2), 7, 2.5, "s", None]:
    print(where(shape))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as error:
    print("TypeError:", error)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as error:
    print("TypeError:", error)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as error:
    print("TypeError:", error)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as error:
    print("TypeError:", error)
try:
    match 1:
        case len():
            pass
except TypeError as error:
    print("TypeError:", error)
