# numbers ABCs: which types register as Integral, Rational, Real, Complex, Number.
import numbers
from fractions import Fraction
from decimal import Decimal
for value in [1, True, 1.5, 2j, Fraction(1, 2), Decimal("1.5")]:
    print(type(value).__name__, [abc.__name__ for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(value, abc)])
class MyNumber(numbers.Real):
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    __trunc__ = __floor__ = __ceil__ = lambda self, *a: int(self.v)
    def __round__(self, ndigits=None):
        return round(self.v, ndigits)
    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = lambda self, o: NotImplemented
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = lambda self, o: NotImplemented
    def __neg__(self):
        return MyNumber(-self.v)
    def __pos__(self):
        return self
    def __abs__(self):
        return MyNumber(abs(self.v))
    def __lt__(self, other):
        return self.v < float(other)
    def __le__(self, other):
        return self.v <= float(other)
    def __eq__(self, other):
        return self.v == float(other)
    __hash__ = None
n = MyNumber(2.5)
print(isinstance(n, numbers.Real), float(n), complex(n), n.real.v, n.imag, n.conjugate().v, divmod.__name__)
try:
    numbers.Real()
except TypeError as error:
    print("TypeError:", str(error).split(" without")[0])
