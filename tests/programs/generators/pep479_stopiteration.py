# PEP 479: a StopIteration escaping a generator becomes RuntimeError with the original as cause.
def leaky():
    yield 1
    raise StopIteration("leaked")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as error:
    print("RuntimeError:", error, "| cause:", repr(error.__cause__), "| suppress:", error.__suppress_context__)
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as error:
    print("RuntimeError:", error)
def handled():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside is fine"
print(list(handled()))
def returning():
    yield 1
    return 2
print(list(returning()))
async def coro():
    raise StopIteration
try:
    coro().send(None)
except RuntimeError as error:
    print("RuntimeError:", error)
def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(subclass())
except RuntimeError as error:
    print("RuntimeError:", error, type(error.__cause__).__name__)
