# f_lineno of a frame an exception has left: the line of the last instruction
# it ran (a with's cleanup, an except handler), as test_exceptions' PEP626Tests
# check; a naked exception caught by except* is wrapped without a traceback.
import sys
def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append(None if frame.f_lineno is None else frame.f_lineno - frame.f_code.co_firstlineno)
        t = t.tb_next
    return tuple(lines)

class Noop:
    def __enter__(self): return self
    def __exit__(self, *args): pass

def after_with():
    with Noop():
        1/0
        a = 1

def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass

def in_finally_except():
    try:
        1/0
    finally:
        pass

def in_except():
    try:
        1/0
    except:
        1/0
        pass

def after_bare_raise():
    try:
        1/0
    except:
        raise

def except_star():
    try:
        1/0
    except* ZeroDivisionError:
        raise

def simple():
    1/0
    return 3

for f in (after_with, in_named_except, in_finally_except, in_except, after_bare_raise, except_star, simple):
    print(f.__name__, lineno_after_raise(f))
