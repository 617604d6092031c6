# Generators, coroutines and async generators refuse copy and pickle, dir()
# lists what CPython's list, and a failing __await__ from __anext__ is the cause
# of async for's TypeError.
import copy, pickle
def g(): yield 1
async def c(): pass
async def ag(): yield 1
for o in (g(), c(), ag()):
    for f in (copy.copy, copy.deepcopy):
        try: f(o)
        except TypeError as e: print(f.__name__, e)
    try: o.__reduce_ex__(2)
    except TypeError as e: print('reduce_ex', e)
    try: o.__reduce__()
    except TypeError as e: print('reduce', e)
    o.aclose() if hasattr(o, "aclose") else o.close()
    print(sorted(set(dir(o)) - set(dir(object))))

class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0

async def main():
    async for _ in F():
        pass
try:
    main().send(None)
except TypeError as e:
    print(e, repr(e.__cause__))

async def coroutine():
    pass
for make in (lambda c: c.__await__(), lambda c: ag().asend(None), lambda c: ag().athrow(ValueError)):
    c = coroutine()
    driver = make(c)
    try:
        copy.copy(driver)
    except TypeError as e:
        print(e)
    c.close()
