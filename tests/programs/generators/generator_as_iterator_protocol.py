# Generators implement __iter__/__next__; classes can return generators from __iter__.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first_with_level(self, level=0):
        yield level, self.value
        for child in self.children:
            yield from child.depth_first_with_level(level + 1)
tree = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(tree), sum(tree), max(tree), 5 in tree, sorted(tree, reverse=True))
for level, value in tree.depth_first_with_level():
    print("  " * level + str(value))
g = iter(tree)
print(type(g).__name__, g.__iter__() is g, next(g), next(g), hasattr(g, "send"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return (self.n - 1 - i for i in range(self.n))
r = Range2(4)
print(list(r), list(r), list(reversed(r)), list(zip(r, reversed(r))))
