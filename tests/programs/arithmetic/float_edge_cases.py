# Floats: infinities, NaN, signed zero, rounding, repr shortest form and hex.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, -0.0, 0.0 == -0.0, math.copysign(1, -0.0))
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], math.isnan(nan))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, repr(1 / 3), 1e16, 1e-5, 1.5e300 * 1e10)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(7))
print(float.hex(0.1), float.fromhex("0x1.8p1"), (0.5).as_integer_ratio(), (2.0).is_integer())
print(int(3.99), int(-3.99), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5))
print(float("  -12.5e-1 "), float("1_000.5"), float("infinity"), float("-NaN"))
for text in ["abc", "1.2.3", ""]:
    try:
        float(text)
    except ValueError as error:
        print("ValueError:", error)
try:
    int(inf)
except OverflowError as error:
    print("OverflowError:", error)
try:
    int(nan)
except ValueError as error:
    print("ValueError:", error)
try:
    2.0 ** 10000
except OverflowError as error:
    print("OverflowError:", error)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 * 3, 0.3))
print(hash(1.0) == hash(1), hash(inf), hash(-inf), 1.0 == 1, 1 < 1.5 < 2)
