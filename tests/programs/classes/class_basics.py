# Classes: instances, __init__, class vs instance attributes, __dict__, and type().
class Point:
    """A point in the plane."""
    dimensions = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2(), p.dimensions, Point.dimensions, p.__dict__, Point.__doc__, Point.__name__)
p.dimensions = 3
print(p.dimensions, Point.dimensions, vars(p))
del p.dimensions
print(p.dimensions, type(p) is Point, isinstance(p, object), Point.__bases__, Point.__mro__)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")), Point.__module__, Point.__qualname__)
Dynamic = type("Dynamic", (Point,), {"z": 0, "norm2": lambda self: "overridden"})
d = Dynamic(1, 2)
print(d, d.z, d.norm2(), Dynamic.__mro__, type(Dynamic).__name__)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__bases__, type(e).__name__, e.__class__ is Empty)
try:
    e.missing
except AttributeError as error:
    print("AttributeError:", error)
try:
    Point.norm2()
except TypeError as error:
    print("TypeError:", error)
try:
    Point(1)
except TypeError as error:
    print("TypeError:", error)
