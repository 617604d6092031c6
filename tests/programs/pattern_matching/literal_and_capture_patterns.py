# match: literal, capture, wildcard and value patterns, and None/True/False literals.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case other:
            return f"something else: {other!r}"
for value in [0, 2, "hello", b"bytes", -1, 1.5, 2j, None, True, False, 1.0, "x", 3.0]:
    print(repr(value), "->", describe(value))
class Constants:
    LIMIT = 10
    NAME = "special"
def value_pattern(x):
    match x:
        case Constants.LIMIT:
            return "the limit"
        case Constants.NAME:
            return "the name"
        case _:
            return "not a constant"
print(value_pattern(10), value_pattern("special"), value_pattern(11))
match 42:
    case x:
        print("capture always matches, x =", x)
