# contextmanager-decorated functions used as decorators, and with inside generators.
import contextlib
@contextlib.contextmanager
def announce(label):
    print(f"  start {label}")
    yield
    print(f"  end {label}")
@announce("decorated")
def work(x):
    print("  working on", x)
    return x * 2
print(work(3))
print(work(4))
class Reentrant(contextlib.ContextDecorator):
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        print("  depth", Reentrant.depth)
        return self
    def __exit__(self, *exc):
        Reentrant.depth -= 1
        return False
@Reentrant()
def nested(n):
    if n:
        nested(n - 1)
nested(2)
def lines():
    with announce("generator body"):
        yield 1
        yield 2
print(list(lines()))
lock = __import__("threading").Lock()
with lock:
    print("holding lock:", lock.locked())
print("released:", not lock.locked())
import tempfile, os
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "file.txt")
    with open(path, "w") as handle:
        handle.write("hello\nworld\n")
    with open(path) as handle:
        print([line.rstrip() for line in handle], handle.closed)
    print(handle.closed)
print(os.path.exists(directory))
