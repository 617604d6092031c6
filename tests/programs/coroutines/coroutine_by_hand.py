# Driving coroutines without asyncio: send(None), custom awaitables, and StopIteration.value.
import types
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield f"suspended at {self.label}"
        return f"{self.label} resumed with {reply!r}"
async def task():
    first = await Suspend("one")
    print("  ", first)
    second = await Suspend("two")
    print("  ", second)
    return "task result"
coro = task()
print(type(coro).__name__, coro.cr_running, coro.cr_frame is not None, coro.__name__)
print(coro.send(None))
print(coro.send("hello"))
try:
    coro.send("world")
except StopIteration as stop:
    print("returned:", stop.value)
print(coro.cr_frame)
@types.coroutine
def legacy():
    value = yield "legacy yield"
    return value * 2
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as stop:
    print("legacy result:", stop.value)
async def nothing():
    return 1
c = nothing()
try:
    c.send(None)
except StopIteration as stop:
    print("immediate:", stop.value)
try:
    c.send(None)
except RuntimeError as error:
    print("RuntimeError:", error)
