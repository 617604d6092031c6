# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, index):
        print(f"  getitem {index!r}")
        return self.data[index]
    def __setitem__(self, index, value):
        print(f"  setitem {index!r} {value!r}")
        self.data[index] = value
    def __delitem__(self, index):
        print(f"  delitem {index!r}")
        del self.data[index]
s = Seq("abcd")
print(s[1], s[-1], s[1:3], s[::2])
s[0] = "z"
s[1:3] = ["x"]
del s[0]
print(s.data, len(s))
print(list(s), "x" in s, "q" in s)
print(list(reversed(s)))
a, b = Seq([1, 2])
print(a, b)
class Contains:
    def __contains__(self, item):
        return item == 42
    def __iter__(self):
        return iter([1, 2, 3])
    def __reversed__(self):
        return iter(["r"])
print(42 in Contains(), 1 in Contains(), 42 not in Contains(), list(reversed(Contains())))
class Defaults(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = Defaults(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
try:
    Seq([])[5]
except IndexError as error:
    print("IndexError:", error)
try:
    iter(5)
except TypeError as error:
    print("TypeError:", error)
try:
    object()[0]
except TypeError as error:
    print("TypeError:", error)
try:
    len(5)
except TypeError as error:
    print("TypeError:", error)
