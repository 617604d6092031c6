# pickle and copy of instances of classes defined in interpreted code, with custom reduce.
import pickle
import copyreg
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
class WithState:
    def __init__(self):
        self.cache = {"big": 1}
        self.keep = "kept"
    def __getstate__(self):
        return {"keep": self.keep}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"
class Reduced:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return (Reduced, (self.value * 2,))
data = {"points": [Point(1, 2), Point(3, 4)], "tuple": (1, "a", None), "set": {1, 2}}
for protocol in (0, 2, pickle.HIGHEST_PROTOCOL):
    restored = pickle.loads(pickle.dumps(data, protocol=protocol))
    print(protocol, restored == data, restored["points"])
ws = pickle.loads(pickle.dumps(WithState()))
print(ws.keep, ws.cache)
print(pickle.loads(pickle.dumps(Reduced(21))).value)
shared = [1]
both = pickle.loads(pickle.dumps([shared, shared]))
print(both[0] is both[1])
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as error:
    print(type(error).__name__, str(error).split(" at 0x")[0])
def local_class():
    class Local:
        pass
    return Local()
try:
    pickle.dumps(local_class())
except (pickle.PicklingError, AttributeError) as error:
    print(type(error).__name__, error)
