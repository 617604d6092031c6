# Arguments are evaluated left to right, including * and ** unpacking.
def log(label, value):
    print("  eval", label)
    return value
def target(*args, **kwargs):
    return args, kwargs
print(target(log("a", 1), *log("star", [2, 3]), log("b", 4), k=log("k", 5), **log("dstar", {"m": 6})))
def f(a, b):
    return a, b
print(f(b=log("b", 1), a=log("a", 2)))
class Obj:
    def method(self, *args):
        return args
def get_obj():
    print("  get object")
    return Obj()
print(get_obj().method(log("x", 1), log("y", 2)))
def gen():
    print("  generator started")
    yield 1
    yield 2
print(target(*gen()), target(**dict(a=1)))
try:
    target(log("before", 0), *log("not iterable", 5))
except TypeError as error:
    print("TypeError:", error)
try:
    target(**log("not mapping", [1]))
except TypeError as error:
    print("TypeError:", error)
try:
    target(**{"a": 1}, **{"a": 2})
except TypeError as error:
    print("TypeError:", error)
