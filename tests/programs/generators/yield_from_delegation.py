# yield from: values pass through, send/throw are forwarded, and the return value comes back.
def inner():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)
def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield "outer done"
g = outer()
print(next(g), g.send("a"), g.send("b"))
print(g.send(None))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
def delegator():
    yield from catcher()
g = delegator()
next(g)
print(g.throw(ValueError))
def closer():
    try:
        yield 1
    finally:
        print("  inner finally on close")
def delegating_close():
    yield from closer()
g = delegating_close()
next(g)
g.close()
print(list((lambda: (yield from range(3)))()))
def from_iterables():
    yield from "ab"
    yield from [1, 2]
    yield from {"k": 0}
    r = yield from ()
    yield r
print(list(from_iterables()))
class Iter:
    def __iter__(self):
        return iter([10, 20])
def from_custom():
    yield from Iter()
print(list(from_custom()))
