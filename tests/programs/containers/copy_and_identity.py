# Aliasing vs copying: shallow and deep copies, is vs ==, and copy hooks on user classes.
import copy
a = [[1, 2], {"k": [3]}]
shallow = copy.copy(a)
deep = copy.deepcopy(a)
a[0].append(99)
a[1]["k"].append(4)
print(shallow, deep, shallow[0] is a[0], deep[0] is a[0], shallow == a, deep == a)
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
root = Node(1)
child = Node(2)
child.parent = root
root.children.append(child)
clone = copy.deepcopy(root)
print(clone, clone.children[0].parent is clone, clone is not root)
class Tracked:
    def __init__(self, n):
        self.n = n
    def __copy__(self):
        print("  __copy__")
        return Tracked(self.n)
    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        return Tracked(self.n * 10)
print(copy.copy(Tracked(1)).n, copy.deepcopy([Tracked(2)])[0].n)
cyclic = [1]
cyclic.append(cyclic)
print(cyclic, copy.deepcopy(cyclic)[1][1][0])
x = 1000
y = 999 + 1
print(x == y, "abc" * 2 == "abcabc", (), [] is not [], None is None)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
