"""Error messages CPython's interpreter produces itself."""


def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def f(a, b, /, c, *, d):
    pass


def g(x, y=1, *args, **kw):
    pass


show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, 3, 4, d=5))
show(lambda: f(1, 2, c=3, d=4, e=5))
show(lambda: f(1, b=2, c=3, d=4))
show(lambda: f(1, 2, 3, c=3, d=4))
show(lambda: g())
show(lambda: g(1, x=2))
show(lambda: undefined_name)
show(lambda: [].pop())
show(lambda: {}["k"])
show(lambda: 1 + "a")
show(lambda: None.attr)
show(lambda: int("x"))


def unbound():
    print(v)
    v = 1


show(unbound)


def unbound_free():
    def inner():
        return w
    inner()
    w = 1


show(unbound_free)
show(lambda: [a, b] == 0)
show(lambda: exec("a, b = [1, 2, 3]"))
show(lambda: exec("a, b, c = [1, 2]"))
show(lambda: exec("a, b = 5"))
show(lambda: exec("a, *b, c = [1]"))
show(lambda: print(**{"sep": 1}))
show(lambda: f(*5))
show(lambda: f(**5))
show(lambda: dict(**{"a": 1}, **{"a": 2}))
show(lambda: (lambda: 0)(**{"x": 1}))
try:
    raise TypeError
except TypeError as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", repr(e))
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("c") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
