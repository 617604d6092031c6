# Tuples and every form of unpacking assignment, including starred targets and errors.
t = (1, 2, 3)
a, b, c = t
first, *rest = t
*init, last = "abcd"
head, *middle, tail = range(6)
print(a, b, c, first, rest, init, last, head, middle, tail)
(x, y), z = (1, 2), 3
[p, (q, *r)] = [0, (1, 2, 3)]
print(x, y, z, p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m, n = n, m = 1, 2
print(m, n)
single, = [42]
print(single, (1,), (), tuple("ab"), t * 2, t + (4,), t[::-1], t.index(2), t.count(1))
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1", "a, *b, c = [1]", "(a, b), c = 1, 2"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as error:
        print(bad, "->", type(error).__name__, error)
items = [1, 2]
items[0], items[1] = items[1], items[0]
print(items)
obj = type("O", (), {})()
obj.a, obj.b = "ab"
print(obj.a, obj.b)
print(*t, sep="-")
print([*t, *"xy"], (*t,), {*t}, {**{"a": 1}, **{"b": 2}})
def gen():
    yield 1
    yield 2
u, v = gen()
print(u, v, t == (1, 2, 3), t < (1, 2, 4), hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as error:
    print("TypeError:", error)
