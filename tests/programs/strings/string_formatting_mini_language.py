# format() specs: fill, align, sign, #, 0, width, grouping, precision, type, for many types.
specs = ["", "10", "<10", ">10", "^10", "*^10", "+", " ", "010", ",", "_", ".3", "#x", "#o", "#b",
         "e", ".2e", "g", ".3g", "%", ".1%", "n", "=+10", "x", "X", "c", "08.3f", "-^+10.2f"]
for spec in specs:
    row = []
    for value in [42, -3.14159, 1234567, 0.000123]:
        try:
            row.append(format(value, spec))
        except (ValueError, TypeError, OverflowError) as error:
            row.append(f"!{type(error).__name__}")
    print(f"{spec!r:12}", row)
print(format("text", "^10"), format("text", ".2"), format("text", "*>8"), format(True, ""), format(True, "d"))
for bad in [("x", "d"), (1.5, "d"), ("x", "+"), (3, "z")]:
    try:
        format(*bad)
    except ValueError as error:
        print("ValueError:", error)
print(format(1e16), format(1e15), format(123456789.0, ".10g"), str(1e16), repr(1e-7))
print(format(float("nan"), "+.2f"), format(float("-inf"), "010"), format(-0.0, ".1f"), format(2**64, ","))
