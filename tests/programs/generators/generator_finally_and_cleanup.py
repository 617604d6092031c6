# A generator's finally and with blocks run when it is closed, garbage-collected, or exhausted.
import gc
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, *exc):
        print(f"  close {self.name} exc={exc[0].__name__ if exc[0] else None}")
def reader(name):
    with Resource(name):
        try:
            for i in range(3):
                yield i
        finally:
            print(f"  finally {name}")
print(list(reader("exhausted")))
g = reader("closed")
next(g)
g.close()
g = reader("dropped")
next(g)
print("dropping the generator")
del g
gc.collect()
print("after drop")
def broken():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup after break")
for value in broken():
    break
print("after for-break (cleanup runs when the generator is freed)")
def raises_in_finally():
    try:
        yield
    finally:
        raise ValueError("from finally")
g = raises_in_finally()
next(g)
try:
    g.close()
except ValueError as error:
    print("ValueError:", error)
