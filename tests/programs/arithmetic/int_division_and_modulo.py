# Floor division and modulo round towards minus infinity, for ints and floats.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (10**20 + 1, 3), (-(10**20), 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (-0.0, 1.0), (1e300, 1e-300)]:
    print(a, b, a // b, a % b, divmod(a, b))
print((-7) // 2 * 2 + (-7) % 2)
print(5 % -3, -5 % 3, 5.0 % -3, -5.0 % 3)
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/"):
        try:
            eval(f"{bad[0]!r} {op} {bad[1]!r}")
        except ZeroDivisionError as error:
            print(op, bad, type(error).__name__, error)
try:
    divmod(3, 0)
except ZeroDivisionError as error:
    print("divmod:", error)
