# A complete numeric-like class: arithmetic, reflected, in-place, comparisons, hashing, conversions.
import functools
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def parse(cls, text):
        units, _, cents = text.partition(".")
        return cls(int(units) * 100 + int(cents or 0))
    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents) if isinstance(other, Money) else NotImplemented
    def __mul__(self, factor):
        return Money(round(self.cents * factor)) if isinstance(factor, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, other):
        if isinstance(other, Money):
            return self.cents / other.cents
        return Money(round(self.cents / other))
    def __floordiv__(self, n):
        return [Money(self.cents // n + (1 if i < self.cents % n else 0)) for i in range(n)]
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")
prices = [Money.parse("3.50"), Money.parse("1.25"), Money.parse("10")]
print(sum(prices), sum(prices, Money(0)), max(prices), sorted(prices), Money(100) * 1.5, 3 * Money(7))
print(Money(1000) / 3, Money(1000) / Money(250), Money(1000) // 3, -Money(5), abs(Money(-5)), bool(Money(0)))
print(Money(5) <= Money(5), Money(5) > Money(1), Money(5) == 5, len({Money(5), Money(5)}), f"{Money(1234):>10.1f}")
total = Money(0)
total += Money(250)
total -= Money(50)
total *= 2
print(total)
try:
    Money(1) + "x"
except TypeError as error:
    print("TypeError:", error)
