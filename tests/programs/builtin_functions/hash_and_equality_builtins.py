# hash() consistency: equal numbers hash equal, strings with a fixed seed, tuples, frozensets.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(2**61 - 1), hash(-1), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash(b"abc") == hash("abc") or True, hash(1.5), hash(float("inf")))
for unhashable in [[], {}, set(), bytearray()]:
    try:
        hash(unhashable)
    except TypeError as error:
        print("TypeError:", error)
class Value:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Value) and self.v == other.v
    def __hash__(self):
        return hash(("Value", self.v))
print(len({Value(1), Value(1), Value(2)}), Value(1) in [Value(1)], {Value(3): "x"}[Value(3)])
print(1 == 1.0, 1 is not 1.0, "a" == "a", (1, [2]) == (1, [2]), [1, 2] != [2, 1], {1: 2} == {1: 2.0})
