# type(), isinstance, issubclass, callable, id-free identity checks, and type as a constructor.
values = [1, 1.0, "s", b"b", [], (), {}, set(), None, len, lambda: 0, type, object(), range(1)]
print([type(v).__name__ for v in values])
print([callable(v) for v in values])
print(isinstance(1, (int, float)), isinstance(True, bool), type(True) is int, type(1) == int)
print(type(type(1)), type(None)(), type([])("ab"), type("N", (), {"x": 1})().x)
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, object), isinstance(B(), A), type(B()) is A)
print(isinstance(A, type), isinstance(type, type), type(A).__name__, A.__class__.__name__)
try:
    type("X", (1,), {})
except TypeError as error:
    print("TypeError:", error)
try:
    type()
except TypeError as error:
    print("TypeError:", error)
try:
    type("a", "b")
except TypeError as error:
    print("TypeError:", error)
x = [1]
y = x
print(x is y, x is not [1], id(x) == id(y), hash("abc") == hash("abc"))
