# f_locals is a snapshot dict of the frame's variables (3.12), including cells and free vars.
import sys
def show():
    a = 1
    b = [2]
    def inner():
        return b
    locals_snapshot = sys._getframe().f_locals
    return sorted(locals_snapshot), locals_snapshot["a"], locals_snapshot["b"]
print(show())
def modify_f_locals():
    x = "original"
    sys._getframe().f_locals["x"] = "changed through f_locals"
    return x
print(modify_f_locals())
def callers_locals():
    return sorted(sys._getframe(1).f_locals.items())
def caller():
    alpha = "A"
    beta = 2
    return callers_locals()
print(caller())
def free_vars():
    captured = "cell"
    def inner():
        captured
        return sys._getframe().f_locals
    return inner()
print(free_vars())
print(sys._getframe().f_locals is globals())
class Body:
    inside = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
    x = 1
    snapshot = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
print(Body.inside, Body.snapshot)
def generator_locals():
    counter = 0
    while True:
        counter += 1
        yield sys._getframe().f_locals["counter"]
g = generator_locals()
print(next(g), next(g), g.gi_frame.f_locals)
