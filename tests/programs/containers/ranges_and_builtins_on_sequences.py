# range objects, len/sum/min/max/any/all/enumerate/zip on sequences, and their errors.
r = range(3, 20, 4)
print(r, list(r), len(r), r[1], r[-1], 7 in r, 8 in r, r.index(11), r.count(3), reversed(r).__class__.__name__)
print(range(5) == range(0, 5), range(0) == range(3, 3), bool(range(0)), hash(range(3)) == hash(range(0, 3)))
print(list(range(10, 0, -3)), range(2**100)[-1] == 2**100 - 1, len(range(-5)), range(1, 10, 2)[1:3])
try:
    range(1, 2, 0)
except ValueError as error:
    print("ValueError:", error)
try:
    range(1.5)
except TypeError as error:
    print("TypeError:", error)
try:
    len(range(2**100))
except OverflowError as error:
    print("OverflowError:", error)
print(sum(range(101)), sum([0.1] * 3), sum([[1], [2]], []), sum(range(4), start=10))
print(min(3, 1, 2), max("abc"), min([(2, 1), (1, 2)]), max([], default=None))
try:
    min([])
except ValueError as error:
    print("ValueError:", error)
print(list(enumerate("xy")), dict(enumerate("ab", 1)), list(zip()), abs(-3), round(2.567, 1))
print(divmod(17, 5), pow(2, 8), all(x > 0 for x in [1, 2]), any(()), sorted({3: 0, 1: 0}))
