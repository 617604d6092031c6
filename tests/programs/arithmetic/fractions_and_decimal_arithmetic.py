# Exact arithmetic with fractions.Fraction and decimal.Decimal, mixing with ints and floats.
from fractions import Fraction
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN
a = Fraction(1, 3)
b = Fraction("0.25")
print(a + b, a * b, a / b, a ** 2, -a, abs(-a), a < b, a + 1, 2 * b, a + 0.5, Fraction(3.75), Fraction(1, 3).limit_denominator(2))
print(a.numerator, a.denominator, float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(7, 2).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
x = Decimal("1.10")
print(x + Decimal("2.205"), x * 3, x / 3, x.quantize(Decimal("0.1")), Decimal(0.1), Decimal("1e3").normalize())
with localcontext() as context:
    context.prec = 5
    context.rounding = ROUND_HALF_UP
    print(Decimal(2).sqrt(), Decimal("2.345").quantize(Decimal("0.01")), Decimal(1) / 7)
print(Decimal("2.345").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), Decimal("-0"), Decimal("Infinity") > 10**100)
try:
    Decimal("1.5") + 1.5
except TypeError as error:
    print("TypeError:", error)
print(sum([Fraction(1, n) for n in range(1, 6)]), sum(Decimal("0.1") for _ in range(10)), 0.1 * 10 == 1.0)
