"""Arithmetic, names, control flow, functions, closures, comprehensions."""

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15), 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** -1, 1 / 4, divmod(17, 5))
print(3 < 4 <= 4 != 5, not 0, 1 and 2, 0 or "x", None is None, 3 in [1, 2, 3], 4 not in (1,))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xFF; x ^= 3
print(x, ~x, -x, +x)
s = "hello"
print(s[1:3], s[::-1], s[-1], s * 2, s.upper(), len(s))
L = [1, 2, 3, 4, 5]
L[1:3] = ["a", "b", "c"]
del L[0]
print(L, L[-2:], L[::2])
d = {"a": 1}
d["b"] = 2
del d["a"]
print(d, {**d, "c": 3}, [*L, *"xy"], (*range(3),))


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], **{"d": 0, "q": 1}))


def counter():
    count = 0

    def step(n=1):
        nonlocal count
        count += n
        return count
    return step


c = counter()
c(); c(5)
print(c(), c.__closure__[0].cell_contents)
print([i * j for i in range(4) for j in range(i) if (i + j) % 2])
print({i: i * i for i in range(5)}, {c for c in "banana"} == set("ban"))
print(list(map(lambda v: v * 2, filter(None, [0, 1, 2, 0, 3]))))
total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    total += i
else:
    total = -1
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while else", n)
print(sorted(["b", "A", "c"], key=str.lower), max([3, 9, 2], key=lambda v: -v))
print(f"{n!r:>4}|{3.14159:.3f}|{'s'!a}|{n=}|{{braces}}")
g = (i * i for i in range(4))
print(sum(g), any(v > 3 for v in range(5)), all([]))
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print(isinstance(3, (str, int)), issubclass(bool, int), type(3).__name__, callable(len))
global_value = "g"


def uses_global():
    global global_value
    global_value += "!"
    return global_value


print(uses_global(), uses_global())
