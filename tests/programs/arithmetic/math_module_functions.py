# The math module on ints and floats: exactness, errors, and special values.
import math
print(math.sqrt(16), math.isqrt(17), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(84, 36, 60), math.lcm(4, 6))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3), -7 % 3)
print(round(math.log(math.e), 12), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10))
print(round(math.sin(math.pi / 2), 12), round(math.degrees(math.pi), 10), math.radians(180) == math.pi, math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.copysign(3, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75))
print(math.isfinite(1e308 * 10), math.isinf(-math.inf), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
for bad in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(1.5)", "math.acos(2)", "math.exp(1000)"]:
    try:
        eval(bad)
    except (ValueError, OverflowError, TypeError) as error:
        print(bad, "->", type(error).__name__, error)
