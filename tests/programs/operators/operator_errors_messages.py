# The exact TypeError messages for unsupported operands, calls and subscripts of built-ins.
cases = [
    "1 + 'a'", "'a' + 1", "[] + ()", "None + None", "1 - 'a'", "'a' * 'b'", "'a' * 1.5",
    "[1] * 2.0", "{} | []", "1 @ 2", "-'a'", "~1.5", "+[]", "None()", "1()", "'abc'(1)",
    "(1, 2)[None]", "[1][1.0]", "'abc'['x']", "{}[[]]", "hash([])", "abs('x')", "len(1)",
    "1 < None", "[] > 1", "'a' in 1", "1 in 'abc'", "del_x", "3 ** 'x'", "divmod('a', 1)",
    "sum(['a', 'b'])", "max()", "min(1)", "sorted(1)", "reversed(1)", "next([])",
    "iter(1, 2)", "round('x')", "pow(1, 2, 3, 4)", "int('x', 'y')", "1 << 1.0", "{1: 2} + {}",
]
for text in cases:
    try:
        eval(text)
    except Exception as error:
        print(f"{text:20} {type(error).__name__}: {error}")
    else:
        print(f"{text:20} no error")
