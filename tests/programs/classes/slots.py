# __slots__: no __dict__, fixed attributes, inheritance, __weakref__, and the errors.
class Pair:
    __slots__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
p = Pair(1, 2)
print(p.left, p.right, hasattr(p, "__dict__"), Pair.__slots__, type(Pair.left).__name__)
try:
    p.extra = 3
except AttributeError as error:
    print("AttributeError:", error)
del p.left
try:
    p.left
except AttributeError as error:
    print("AttributeError:", error)
class Triple(Pair):
    __slots__ = ("middle",)
t = Triple(1, 3)
t.middle = 2
print(t.left, t.middle, t.right, Triple.__slots__)
class WithDict(Pair):
    pass
w = WithDict(1, 2)
w.anything = "allowed: subclass without __slots__ has a __dict__"
print(w.anything, w.__dict__)
class SlotDict:
    __slots__ = ("a", "__dict__")
sd = SlotDict()
sd.a = 1
sd.b = 2
print(sd.a, sd.__dict__)
import weakref
try:
    weakref.ref(p)
except TypeError as error:
    print("TypeError:", error)
class Weak:
    __slots__ = ("x", "__weakref__")
obj = Weak()
r = weakref.ref(obj)
print(r() is obj)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as error:
    print("ValueError:", error)
class Single:
    __slots__ = "only"
s = Single()
s.only = "string slots become one slot"
print(s.only, Single.__slots__)
try:
    class BadBase(int):
        __slots__ = ("x",)
except TypeError as error:
    print("TypeError:", error)
