# sorted/list.sort with key functions written in Python, cmp_to_key, and stability.
import functools
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(compare)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
records = [{"name": n, "age": a} for n, a in [("x", 3), ("y", 1), ("z", 3), ("w", 2)]]
records.sort(key=lambda r: r["age"])
print([r["name"] for r in records])
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n}<{other.n}")
        return self.n < other.n
print([i.n for i in sorted([Item(2), Item(3), Item(1)])])
def bad_key(x):
    if x == 2:
        raise ValueError("key failed")
    return x
try:
    sorted([1, 2, 3], key=bad_key)
except ValueError as error:
    print("ValueError:", error)
data = [5, 1, 4]
try:
    data.sort(key=lambda v: (data.append(v), v)[1])
except ValueError as error:
    print("ValueError:", error)
print(min(words, key=len), max(words, key=lambda w: w[-1]), min([], default="empty"), max(1, 2, key=lambda v: -v))
