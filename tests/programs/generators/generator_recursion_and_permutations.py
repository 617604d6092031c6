# Recursive generators: permutations, subsets, and integer partitions, checked against itertools.
import itertools
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest
def subsets(items):
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest
def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
        return
    for part in range(min(n, largest), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest
perms = list(permutations([1, 2, 3]))
print(perms, perms == [list(p) for p in itertools.permutations([1, 2, 3])])
print(sorted(map(sorted, subsets("abc"))), len(list(subsets(list(range(10))))))
print(list(partitions(5)), sum(1 for _ in partitions(20)))
