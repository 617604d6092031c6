# sys.exc_info() and sys.exception() inside handlers, after them, and in nested frames.
import sys
print(sys.exc_info(), sys.exception())
def inspect_current():
    kind, value, tb = sys.exc_info()
    return kind.__name__ if kind else None, repr(value), tb is not None, repr(sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    print(inspect_current())
    try:
        raise KeyError("inner")
    except KeyError:
        print(inspect_current())
    print("back in outer handler:", inspect_current())
print("after handlers:", sys.exc_info(), sys.exception())
def generator():
    try:
        raise TypeError("in generator")
    except TypeError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = generator()
print(next(g))
print("between yields, outside:", sys.exception())
try:
    raise IndexError("caller handling")
except IndexError:
    print(next(g))
    print("caller's exception restored:", repr(sys.exception()))
def finally_sees():
    try:
        raise OSError("in try")
    finally:
        print("in finally during unwinding:", repr(sys.exception()))
try:
    finally_sees()
except OSError:
    pass
