# weakref: ref, callbacks, WeakValueDictionary, WeakSet, finalize, and proxies.
import gc
import weakref
class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Thing({self.name})"
t = Thing("t")
r = weakref.ref(t, lambda ref: print("  callback, referent gone:", ref() is None))
print(r(), r() is t, weakref.getweakrefcount(t))
del t
print(r())
cache = weakref.WeakValueDictionary()
keep = Thing("kept")
cache["kept"] = keep
cache["temp"] = Thing("temp")
gc.collect()
print(sorted(cache.keys()))
ws = weakref.WeakSet()
a, b = Thing("a"), Thing("b")
ws.add(a); ws.add(b)
del a
print(len(ws), [x.name for x in ws])
obj = Thing("finalized")
fin = weakref.finalize(obj, print, "  finalize ran for", "finalized")
print(fin.alive)
del obj
print(fin.alive)
target = Thing("proxied")
proxy = weakref.proxy(target)
print(proxy.name, type(proxy).__name__)
del target
try:
    proxy.name
except ReferenceError as error:
    print("ReferenceError:", error)
try:
    weakref.ref(42)
except TypeError as error:
    print("TypeError:", error)
def method_owner():
    class Owner:
        def meth(self):
            return "method"
    o = Owner()
    wm = weakref.WeakMethod(o.meth)
    print(wm()())
    del o
    print(wm())
method_owner()
