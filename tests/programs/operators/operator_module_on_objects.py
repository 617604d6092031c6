# The operator module's functions call the same dunders as the syntax does.
import operator
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.xs))
    def __getitem__(self, i):
        return self.xs[i]
    def __eq__(self, other):
        return self.xs == other.xs
    def __repr__(self):
        return f"Vec{self.xs}"
a, b = Vec(1, 2), Vec(3, 4)
print(operator.add(a, b), operator.mul(a, 3), operator.getitem(a, 1), operator.eq(a, Vec(1, 2)))
print(operator.itemgetter(0, 1)(b), operator.attrgetter("xs")(a), operator.methodcaller("__add__", a)(b))
print(operator.iadd([1], [2]), operator.not_(a), operator.truth(Vec()), operator.is_(a, a))
print(operator.index(5), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.neg(3))
people = [("bob", 30), ("alice", 25), ("carol", 30)]
print(sorted(people, key=operator.itemgetter(1, 0)))
print(list(map(operator.sub, [10, 20], [1, 2])), operator.length_hint(iter([1, 2, 3])))
try:
    operator.add(a, 1)
except AttributeError as error:
    print("AttributeError:", error)
