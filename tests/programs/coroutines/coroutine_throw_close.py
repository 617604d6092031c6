# throw() and close() on coroutines, and awaiting non-awaitables.
class Pause:
    def __await__(self):
        yield "paused"
async def guarded():
    try:
        await Pause()
    except ValueError as error:
        print("  coroutine caught", error)
        await Pause()
    finally:
        print("  coroutine finally")
c = guarded()
print(c.send(None))
print(c.throw(ValueError("injected")))
c.close()
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as error:
    print("TypeError:", error)
class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as error:
    print("TypeError:", error)
async def already():
    pass
c = already()
try:
    c.send(None)
except StopIteration:
    pass
async def reuse():
    await c
try:
    reuse().send(None)
except RuntimeError as error:
    print("RuntimeError:", error)
import warnings
warnings.simplefilter("ignore", RuntimeWarning)
async def never_awaited():
    pass
never_awaited()
print("done")
