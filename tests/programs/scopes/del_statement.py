# del on names, attributes, items, slices, and the errors when there is nothing to delete.
a = 1
del a
try:
    a
except NameError as error:
    print("NameError:", error)
items = list(range(6))
del items[0], items[-1]
del items[::2]
print(items)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
for code in ["del o.attr", "del d['missing']", "del items[10]", "del undefined_name", "del (1).real"]:
    try:
        exec(code)
    except (AttributeError, KeyError, IndexError, NameError) as error:
        print(code, "->", type(error).__name__, error)
def local_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as error:
        return f"UnboundLocalError: {error}"
print(local_del())
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
lst = [[1, 2], [3]]
del lst[0][1]
print(lst)
class Guard:
    def __delattr__(self, name):
        print("  __delattr__", name)
    def __delitem__(self, key):
        print("  __delitem__", key)
g = Guard()
del g.anything, g["key"], g[1:2]
