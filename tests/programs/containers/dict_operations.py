# Dicts: insertion order, views, merging, methods, and KeyError messages.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 1
print(d, d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("e"), d.pop("zz", "dflt"))
print(d.popitem(), d, len(d), "b" in d, 20 in d.values(), ("c", 3) in d.items())
merged = {"x": 1} | {"y": 2, "x": 3}
merged |= {"z": 0}
print(merged, {**merged, "w": 9}, dict(merged, q=1), dict([("k", "v")]), dict.fromkeys("ab", 0))
keys = d.keys()
d["new"] = 1
print(keys, keys & {"b", "zzz"}, keys | {"q"}, keys - {"b"}, reversed(d).__class__.__name__, list(reversed(d)))
try:
    {}["missing"]
except KeyError as error:
    print("KeyError:", error, repr(error), error.args)
try:
    for key in d:
        d["added"] = 1
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    {}.popitem()
except KeyError as error:
    print("KeyError:", error)
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2, {(1, 2): "tuple"}, {frozenset([1]): 1})
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d.update({"u": 1}, v=2)
d.update([("w", 3)])
print(d, d == dict(d), d is not d.copy(), {1: 1} == {1.0: 1})
try:
    dict([(1, 2, 3)])
except ValueError as error:
    print("ValueError:", error)
