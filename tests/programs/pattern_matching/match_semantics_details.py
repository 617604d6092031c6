# Details: which values equal literal patterns, bool vs int, NaN, and captures on failed matches.
for subject in [1, 1.0, True, 0, False, 0.0]:
    match subject:
        case True:
            result = "True (identity)"
        case 1:
            result = "1 (equality)"
        case False:
            result = "False (identity)"
        case 0:
            result = "0 (equality)"
    print(repr(subject), "->", result)
match float("nan"):
    case 0.0:
        print("nan == 0.0?")
    case _:
        print("nan matches nothing but wildcard")
x = "untouched"
match [1, 2, 3]:
    case [x, 0, _]:
        print("should not match")
    case _:
        print("after failed match, x =", x)
class Eq:
    def __eq__(self, other):
        print(f"  Eq.__eq__({other!r})")
        return other == "anything"
class Holder:
    VALUE = Eq()
match "anything":
    case Holder.VALUE:
        print("value pattern used ==")
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest is a new dict:", rest, type(rest).__name__)
def walk(tree):
    match tree:
        case (left, right):
            return walk(left) + walk(right)
        case leaf:
            return [leaf]
print(walk(((1, 2), (3, (4, 5)))))
