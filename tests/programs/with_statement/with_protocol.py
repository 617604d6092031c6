# with calls __enter__ and __exit__; __exit__ sees the exception and may suppress it.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"value of {self.name}"
    def __exit__(self, kind, value, traceback):
        print(f"  exit {self.name}: {kind.__name__ if kind else None} {value!r} tb={traceback is not None}")
        return self.suppress
with Manager("plain") as value:
    print("  body got", value)
with Manager("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed exception")
try:
    with Manager("not suppressing"):
        raise KeyError("propagates")
except KeyError as error:
    print("caught", error)
with Manager("outer") as a, Manager("inner") as b:
    print("  both:", a, b)
with (
    Manager("paren 1"),
    Manager("paren 2") as second,
):
    print("  parenthesized:", second)
def returns_inside():
    with Manager("return"):
        return "returned value"
print(returns_inside())
for i in range(3):
    with Manager(f"loop {i}"):
        if i == 0:
            continue
        if i == 1:
            break
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("suppressed by truthy return")
print("done")
