# Star unpacking in calls, literals, assignments, for targets, return values and subscripts.
def pair():
    return 1, 2
def consume(*args, **kwargs):
    return args, kwargs
def gen(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i
print(consume(*gen(2), *[9], **{"a": 1}, **dict(b=2)))
print([*gen(2), *"ab"], (*range(2), *pair()), {*[1, 1], *(2,)}, {**{"x": 1}, "y": 2, **{"x": 3}})
first, *middle, last = gen(4)
print(first, middle, last)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
def many():
    return *pair(), *range(2)
print(many())
matrix = [[1, 2], [3, 4]]
print(list(zip(*matrix)), [*map(sum, matrix)], max(*matrix[0]))
grid = {(1, 2): "point"}
key = (1, 2)
print(grid[(*key,)], grid[key[0], key[1]])
try:
    consume(**{"a": 1}, a=2)
except TypeError as error:
    print("TypeError:", error)
try:
    print(*None)
except TypeError as error:
    print("TypeError:", error)
