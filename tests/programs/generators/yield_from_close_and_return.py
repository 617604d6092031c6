# close() and throw() of a delegating generator when the subgenerator returns or is not a generator.
def returning_sub():
    try:
        yield 1
    except GeneratorExit:
        return "returned while closing"
def delegator():
    result = yield from returning_sub()
    yield f"delegator got {result!r}"
g = delegator()
next(g)
print("close() ->", g.close())
def catching_sub():
    try:
        yield 1
    except ValueError:
        return "sub returned after ValueError"
def delegator2():
    result = yield from catching_sub()
    return result
g = delegator2()
next(g)
try:
    g.throw(ValueError)
except StopIteration as stop:
    print("throw() finished the delegator with", repr(stop.value))
class Iterator:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
def delegate_to_plain():
    yield from Iterator()
g = delegate_to_plain()
next(g)
try:
    g.throw(KeyError("thrown into a plain iterator"))
except KeyError as error:
    print("KeyError propagates:", error)
g = delegate_to_plain()
next(g)
g.close()
print("closing a generator delegating to a plain iterator works:", g.gi_frame is None)
