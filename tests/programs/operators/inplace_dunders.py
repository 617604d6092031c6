# a op= b tries __iop__, then __op__, then __rop__; the result is rebound.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))
    def __isub__(self, other):
        print("  __isub__ returns NotImplemented")
        return NotImplemented
    def __sub__(self, other):
        print("  __sub__")
        return Acc([item for item in self.items if item not in other])
    def __imul__(self, other):
        print("  __imul__ returns None")
acc = Acc([1, 2])
original = acc
acc += [3]
print(acc.items, acc is original)
acc -= [1]
print(acc.items, acc is original)
acc *= 2
print(acc)
class RightOnly:
    def __rmul__(self, other):
        return f"rmul({other})"
x = 3
x *= RightOnly()
print(x)
y = 5
try:
    y @= 2
except TypeError as error:
    print("TypeError:", error)
z = [1]
try:
    z -= [1]
except TypeError as error:
    print("TypeError:", error)
