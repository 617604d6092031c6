# __dict__ is a mappingproxy, __doc__, __module__, __qualname__, __annotations__, __bases__ assignment.
class A:
    """Docstring of A."""
    x: int
    y: str = "annotated"
    def method(self):
        pass
class B:
    pass
print(type(A.__dict__).__name__, A.__doc__, A.__module__, A.__qualname__, A.__annotations__, A.__name__)
try:
    A.__dict__["x"] = 1
except TypeError as error:
    print("TypeError:", error)
A.__name__ = "Renamed"
A.__qualname__ = "Outer.Renamed"
print(A.__name__, A.__qualname__, repr(A), A().__class__.__name__)
class C(A):
    pass
C.__bases__ = (B,)
print(C.__bases__, C.__mro__, hasattr(C(), "method"))
obj = B()
obj.__class__ = C
print(type(obj).__name__)
try:
    obj.__class__ = int
except TypeError as error:
    print("TypeError:", error)
print(A.__doc__, B.__doc__, vars(B).get("__weakref__") is not None, "__dict__" in vars(B))
print(sorted(k for k in dir(A()) if not k.startswith("__")), A.method.__qualname__)
