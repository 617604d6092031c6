# __new__ vs __init__: when __init__ runs, immutable subclasses, and __new__ returning other types.
class Tracked:
    def __new__(cls, *args):
        print(f"  __new__({cls.__name__}, {args})")
        return super().__new__(cls)
    def __init__(self, value):
        print(f"  __init__({value})")
        self.value = value
t = Tracked(5)
print(t.value)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never runs: __new__ returned a non-instance")
print(Other())
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("shout")
print(u, type(u).__name__, u + "!", isinstance(u, str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, len(p))
class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}°C"
print(Celsius(21.456), Celsius(1) + 1)
class Cached:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]
    def __init__(self, key):
        print(f"  __init__ runs every time ({key})")
print(Cached("a") is Cached("a"))
try:
    object.__new__(int)
except TypeError as error:
    print("TypeError:", error)
try:
    object(1)
except TypeError as error:
    print("TypeError:", error)
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as error:
    print("TypeError:", error)
