# property: getter/setter/deleter, read-only errors, inheritance and overriding parts.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        """The radius."""
        return self._r
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("negative radius")
        self._r = value
    @radius.deleter
    def radius(self):
        print("  deleting radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
c = Circle(2)
print(c.radius, c.area, Circle.radius.__doc__, type(Circle.radius).__name__)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as error:
    print("ValueError:", error)
try:
    c.area = 10
except AttributeError as error:
    print("AttributeError:", error)
del c.radius
try:
    c.radius
except AttributeError as error:
    print("AttributeError:", error)
try:
    del c.area
except AttributeError as error:
    print("AttributeError:", error)
class Square(Circle):
    @Circle.radius.getter
    def radius(self):
        return self._r * 10
s = Square(1)
print(s.radius)
s.radius = 2
print(s.radius)
class Computed:
    calls = 0
    @property
    def value(self):
        Computed.calls += 1
        return Computed.calls
obj = Computed()
print(obj.value, obj.value, Computed.calls)
from functools import cached_property
class Expensive:
    @cached_property
    def data(self):
        print("  computing once")
        return [1, 2, 3]
e = Expensive()
print(e.data, e.data, "data" in e.__dict__)
p = property(lambda self: "lambda getter")
class Late:
    attr = p
print(Late().attr, p.fget is not None, p.fset, p.fdel)
class NoGetter:
    x = property(None, lambda self, v: None)
try:
    NoGetter().x
except AttributeError as error:
    print("AttributeError:", error)
