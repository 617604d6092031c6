# ==, !=, <, <=, >, >= with user __eq__/__lt__..., reflection, and default identity equality.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  {self.v}.__eq__")
        return isinstance(other, V) and self.v == other.v
    def __lt__(self, other):
        print(f"  {self.v}.__lt__")
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
a, b = V(1), V(2)
print(a == V(1), a != b)
print(a < b, a > b)
try:
    a <= b
except TypeError as error:
    print("TypeError:", error)
print(sorted([V(3), V(1), V(2)]))
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
try:
    p < p
except TypeError as error:
    print("TypeError:", error)
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = None
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [AlwaysEqual()] == [3])
print(5 in [AlwaysEqual()], [1, 2].count(AlwaysEqual()), (1, 2).index(AlwaysEqual()))
try:
    hash(AlwaysEqual())
except TypeError as error:
    print("TypeError:", error)
class NotImpl:
    def __eq__(self, other):
        return NotImplemented
x = NotImpl()
print(x == x, x == NotImpl(), x != x)
