# Generic aliases forward method lookups to their origin (list[int].append),
# and async_generator can be subscripted, as in CPython.
import types
t = list[int]
a = t()
t.append(a, 'foo')
print(a, t.__getitem__(a, 0), t.__len__(a))
def f():
    t = dict[str, int]
    d = t()
    t.__setitem__(d, "k", 1)
    return d, t.get(d, "k"), t.keys(d)
print(f())
print(types.AsyncGeneratorType[int, str])
