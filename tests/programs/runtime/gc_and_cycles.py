# The cycle collector frees unreachable cycles; weakref callbacks and __del__ tell us when.
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None
freed = []
a, b = Node("a"), Node("b")
a.partner, b.partner = b, a
weakref.finalize(a, freed.append, "a")
weakref.finalize(b, freed.append, "b")
del a, b
print("before collect:", freed)
gc.collect()
print("after collect:", sorted(freed))
print(gc.isenabled(), len(gc.get_threshold()), isinstance(gc.get_count(), tuple))
gc.disable()
print(gc.isenabled())
gc.enable()
x = []
x.append(x)
print(gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked("string"), gc.is_tracked({}))
callbacks = []
gc.callbacks.append(lambda phase, info: callbacks.append(phase))
gc.collect()
gc.callbacks.clear()
print(callbacks[:2])
