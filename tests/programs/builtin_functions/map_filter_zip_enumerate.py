# map/filter/zip/enumerate/reversed are lazy iterators calling interpreted functions.
calls = []
def square(x):
    calls.append(x)
    return x * x
lazy = map(square, [1, 2, 3])
print(type(lazy).__name__, calls)
print(next(lazy), calls)
print(list(lazy), calls)
print(list(map(lambda a, b: a + b, "abc", "xyz")), list(map(str.upper, ["a"])), list(map(int, "123")))
print(list(filter(lambda s: s.startswith("a"), ["apple", "banana", "avocado"])), list(filter(str.isdigit, "a1b2")))
pairs = zip([1, 2, 3], "ab")
print(list(pairs), list(pairs))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))), list(enumerate(reversed("xyz"))))
print(list(reversed(range(5))), list(reversed([1, 2])), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
class Custom:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Custom())), list(Custom()), list(enumerate(Custom(), 1)))
try:
    list(map(len, [1]))
except TypeError as error:
    print("TypeError:", error)
