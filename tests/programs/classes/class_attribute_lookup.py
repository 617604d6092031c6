# __getattr__, __getattribute__, __setattr__, __delattr__ and their interplay with descriptors.
class Logged:
    def __init__(self):
        object.__setattr__(self, "data", {})
    def __getattribute__(self, name):
        if not name.startswith("_") and name != "data":
            print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        print(f"  __setattr__({name!r}, {value!r})")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        object.__delattr__(self, name)
    def method(self):
        return "method"
obj = Logged()
obj.real = 1
print(obj.real, obj.dyn_hello, obj.method())
try:
    obj.missing
except AttributeError as error:
    print("AttributeError:", error)
print(getattr(obj, "missing", "default"), hasattr(obj, "dyn_x"), hasattr(obj, "nope"))
del obj.real
class Raises:
    def __getattribute__(self, name):
        raise AttributeError("always")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Raises().anything)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
try:
    len(p)
except TypeError as error:
    print("TypeError:", error)
