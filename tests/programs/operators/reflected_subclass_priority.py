# If the right operand's type is a subclass overriding the reflected method, it goes first.
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
    def __gt__(self, other):
        return "Derived.__gt__"
class NotOverriding(Base):
    pass
print(Base() + Derived())
print(Base() + NotOverriding())
print(Base() < Derived())
print(Base() < NotOverriding())
class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"
    def __rsub__(self, other):
        return NotImplemented
print(1 + MyInt(5), MyInt(5) + 1)
try:
    print(1 - MyInt(5))
except TypeError as error:
    print("TypeError:", error)
class Str(str):
    def __radd__(self, other):
        return "Str first"
print("x" + Str("y"))
