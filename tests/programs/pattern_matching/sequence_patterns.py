# Sequence patterns: fixed length, star captures, nesting; strings are not sequences here.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in the middle)"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
print(shape([]), shape([1]), shape((1, 2)), shape([1, 2, 3]), shape(range(7)), sep="\n")
for subject in ["ab", b"ab", bytearray(b"ab"), [["nested", 1], 2], {"not": "a sequence"}, iter([1, 2])]:
    match subject:
        case [[name, number], other]:
            print("nested:", name, number, other)
        case [a, b]:
            print("pair:", a, b)
        case _:
            print("not matched as a sequence:", type(subject).__name__)
match (1, 2, 3):
    case (1, *_):
        print("starts with 1, tuple pattern")
match [1, [2, 3]]:
    case [int(a), [int(b), *rest]]:
        print("typed nested:", a, b, rest)
from collections import deque
match deque([1, 2]):
    case [x, y]:
        print("deque matches:", x, y)
