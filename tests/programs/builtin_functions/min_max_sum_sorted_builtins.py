# min/max/sum/sorted/any/all with key functions, defaults, and generator arguments.
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: (len(w), w)))
print(min(3, 1, 2), max([], default="empty"), min((), default=None), max("hello"), min([[2], [1, 5]]))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], start=[]), sum((x for x in range(5)), 100))
try:
    sum(["a", "b"], "")
except TypeError as error:
    print("TypeError:", error)
print(sorted(words), sorted(words, key=len, reverse=True), sorted({3: 1, 1: 2}), sorted("bca"))
print(any(w.startswith("b") for w in words), all(len(w) > 2 for w in words), any([]), all([]))
calls = []
def check(x):
    calls.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3]), calls)
try:
    max()
except TypeError as error:
    print("TypeError:", error)
try:
    min(1, 2, default=0)
except TypeError as error:
    print("TypeError:", error)
try:
    sorted([1, 2], lambda x: x)
except TypeError as error:
    print("TypeError:", error)
print(round(sum([0.1] * 10), 10), abs(-2.5), divmod(-7, 2), pow(2, -2), round(0.5), round(1.5))
