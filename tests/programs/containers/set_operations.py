# Sets and frozensets: algebra, methods, hashability, and in-place updates.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= a, a < a, {3} < b)
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), a.isdisjoint({10}), a.issuperset({1}))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {1, 99}
print(sorted(c))
c.add(5); c.discard(100); c.remove(5)
try:
    c.remove(5)
except KeyError as error:
    print("KeyError:", error)
f = frozenset("hello")
print(sorted(f), len(f), hash(f) == hash(frozenset("olleh")), {f: 1}[frozenset("helo")])
try:
    {[1, 2]}
except TypeError as error:
    print("TypeError:", error)
try:
    f.add(1)
except AttributeError as error:
    print("AttributeError:", error)
print(set(), frozenset(), {1} == frozenset({1}), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
words = "she sells sea shells by the sea shore".split()
print(len(set(words)), sorted(set(words)), sorted({w[0] for w in words}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as error:
    print("RuntimeError:", error)
print({0, False}, {1, True, 1.0}, {None, ()}, set("aab") == {"a", "b"}, sorted({-1, -2, 5}))
print(s.pop() in (1, 2, 3, 11, 12, 13), len(s), set.union(*[{1}, {2}, {3}]))
