# Comprehensions that mutate outer state, call methods, and use nested data structures.
seen = set()
unique = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(unique, seen)
log = []
squares = [log.append(n) or n * n for n in range(4)]
print(squares, log)
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, [cell for row in grid for cell in row if sum(cell) % 2])
inventory = {"apples": 3, "pears": 0, "plums": 5}
print({name: count * 2 for name, count in inventory.items() if count}, sorted(name for name, count in inventory.items() if not count))
words = ["Level", "noon", "python", "Racecar"]
print([w for w in words if (lower := w.lower()) == lower[::-1]])
class Counter:
    def __init__(self):
        self.n = 0
    def next(self):
        self.n += 1
        return self.n
counter = Counter()
print([counter.next() for _ in range(3)], counter.n, {i: counter.next() for i in "ab"})
