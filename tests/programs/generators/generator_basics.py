# Generators run lazily, resume where they left off, and finish with StopIteration.
def countdown(n):
    print("  started")
    while n > 0:
        yield n
        n -= 1
    print("  finished")
    return "done"
g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
try:
    next(g)
except StopIteration as stop:
    print("again:", stop.value)
print(list(countdown(2)), sum(countdown(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def empty():
    return
    yield
print(list(empty()), bool(empty()))
def yield_expression_value():
    received = yield
    print("  received", received)
g2 = yield_expression_value()
next(g2)
try:
    next(g2)
except StopIteration:
    print("stopped")
