# -x, +x, ~x, abs(), and the conversions int(), float(), complex(), bool(), round(), index.
import math
class Num:
    def __init__(self, value):
        self.value = value
    def __neg__(self):
        return Num(-self.value)
    def __pos__(self):
        return Num(abs(self.value))
    def __invert__(self):
        return Num(~self.value)
    def __abs__(self):
        return abs(self.value)
    def __int__(self):
        return int(self.value)
    def __float__(self):
        return float(self.value) + 0.5
    def __complex__(self):
        return complex(self.value, 1)
    def __index__(self):
        return int(self.value)
    def __round__(self, digits=None):
        return f"round({digits})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __bool__(self):
        return self.value != 0
    def __repr__(self):
        return f"Num({self.value})"
n = Num(-5)
print(-n, +n, ~n, abs(n), int(n), float(n), complex(n), bool(n), bool(Num(0)))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(hex(n), bin(n), oct(n), "abcdefgh"[Num(2)], list(range(Num(3))), [0] * Num(2))
print(operator_index := __import__("operator").index(n))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as error:
    print("TypeError:", error)
try:
    if BadBool():
        pass
except TypeError as error:
    print("TypeError:", error)
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
class NegativeLen:
    def __len__(self):
        return -1
try:
    len(NegativeLen())
except ValueError as error:
    print("ValueError:", error)
try:
    -object()
except TypeError as error:
    print("TypeError:", error)
