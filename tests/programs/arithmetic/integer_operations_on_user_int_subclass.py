# int subclasses: arithmetic returns plain int unless overridden; bool is special; __index__ users.
class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"
    def __add__(self, other):
        return Cents(int(self) + int(other))
c = Cents(150)
print(c, c + 50, type(c + 50).__name__, type(50 + c).__name__, type(c * 2).__name__, type(-c).__name__, c // 7, c.bit_length())
print(isinstance(c, int), c == 150, hash(c) == hash(150), [0] * Cents(3), "abc"[Cents(1)], range(Cents(3)), f"{c:05d}", f"{c!r}")
class Flag(int):
    pass
f = Flag(True)
print(f, bool(f), type(f | 1).__name__, Flag.__mro__[1].__name__)
class Weird(int):
    def __index__(self):
        return 99
    def __int__(self):
        return 77
w = Weird(5)
print(int(w), w.__index__(), [10, 20, 30, 40, 50, 60][w] if False else "index of int subclass uses the int value", bin(w), operator_index := __import__("operator").index(w))
