# The four comprehension kinds, with nested loops, conditions and unpacking.
print([x * x for x in range(6) if x % 2])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3))}, {v: k for k, v in {"a": 1}.items()})
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(3)])
print([x for x in range(20) if x % 2 if x % 3], [a + b for a, b in [(1, 2), (3, 4)]])
print([c for word in ["ab", "cd"] for c in word if c != "c"], [(i, c) for i, c in enumerate("xy")])
print(sum(x for x in range(5)), list(x for x in "ab"), tuple(x for x in range(3)), max(len(w) for w in ["a", "bbb"]))
print([x if x > 2 else -x for x in range(5)], [*range(2), *[x for x in "z"]], {**{x: 0 for x in "ab"}})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row])
print([y := 10, y], [(z := x) for x in range(3)], z)
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
