# Every augmented assignment operator, on names, attributes, subscripts and slices.
x = 10
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    y = 7
    exec(f"y {op} 3")
    print(op, y)
class Box:
    pass
box = Box()
box.value = 1
box.value += 41
print(box.value)
items = [1, 2, 3]
items[1] *= 10
items[-1] **= 2
print(items)
d = {"a": [1]}
d["a"] += [2, 3]
d.setdefault("b", 0)
d["b"] -= 5
print(d)
listing = [1, 2]
alias = listing
listing += [3]
print(alias, alias is listing)
tup = (1, 2)
same = tup
tup += (3,)
print(same, tup, same is tup)
s = "ab"
s *= 3
print(s)
text = "abc"
try:
    text += 1
except TypeError as error:
    print("TypeError:", error)
class Matrix:
    def __init__(self, value):
        self.value = value
    def __matmul__(self, other):
        return Matrix(self.value * other.value)
m = Matrix(3)
m @= Matrix(4)
print(m.value)
tuple_in_list = ([1],)
try:
    tuple_in_list[0] += [2]
except TypeError as error:
    print("TypeError:", error, tuple_in_list)
