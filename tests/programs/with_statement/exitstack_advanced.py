# ExitStack: callbacks, pop_all to transfer ownership, exceptions from callbacks, and suppression.
import contextlib
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  acquire {self.name}")
        return self
    def __exit__(self, *exc):
        print(f"  release {self.name}")
def open_all(names, fail_at=None):
    with contextlib.ExitStack() as stack:
        resources = [stack.enter_context(Resource(n)) for n in names]
        if fail_at:
            raise OSError(f"failure after opening {fail_at}")
        return stack.pop_all(), resources
stack, resources = open_all(["x", "y"])
print("still open:", [r.name for r in resources])
stack.close()
try:
    open_all(["p", "q"], fail_at="q")
except OSError as error:
    print("OSError:", error)
with contextlib.ExitStack() as stack:
    stack.callback(print, "  callback 1")
    stack.push(lambda *exc: print("  push sees", exc[0].__name__ if exc[0] else None) or True)
    stack.callback(print, "  callback 3")
    raise KeyError("suppressed by pushed exit")
print("after suppression")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise ValueError("original")
except ZeroDivisionError as error:
    print("ZeroDivisionError with context:", repr(error.__context__))
