# Star patterns in the middle, nested or-patterns binding the same names, and as on sub-patterns.
def analyse(seq):
    match seq:
        case [first, *middle, last] if not middle:
            return f"pair {first},{last}"
        case [("x" | "y") as axis, *rest]:
            return f"axis {axis} then {rest}"
        case [*init, [a, b] as pair]:
            return f"ends with pair {pair} after {init}"
        case [first, *middle, last]:
            return f"{first}..{middle}..{last}"
        case _:
            return "too short"
for seq in [[1, 2], ["x", 1, 2], ["z", [3, 4]], [1, 2, 3, 4], [1], []]:
    print(seq, "->", analyse(seq))
match {"point": (1, 2), "other": [3]}:
    case {"point": (x, y) | [x, y], "other": [z] | (z,)}:
        print("nested or with same names:", x, y, z)
