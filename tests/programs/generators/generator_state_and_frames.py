# Generator introspection: gi_frame, gi_running, gi_suspended, gi_code, inspect states, f_lineno.
import inspect
def gen():
    x = 1
    yield x
    x += 1
    yield x
g = gen()
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame.f_lineno, g.gi_code.co_name)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals, inspect.getgeneratorlocals(g))
for _ in g:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame)
def self_aware():
    print("  running inside:", inspect.getgeneratorstate(me), me.gi_running)
    yield
me = self_aware()
next(me)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as error:
    print("ValueError:", error)
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), gen.__code__.co_flags & inspect.CO_GENERATOR != 0)
def yielder():
    yield inspect.currentframe().f_back.f_code.co_name
print(next(yielder()))
