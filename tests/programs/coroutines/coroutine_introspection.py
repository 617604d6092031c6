# inspect on coroutines: states, flags, iscoroutine/isawaitable, cr_await and cr_code.
import inspect
import asyncio
class Step:
    def __await__(self):
        yield
async def coro():
    await Step()
    return 1
c = coro()
print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.iscoroutinefunction(coro))
c.send(None)
print(inspect.getcoroutinestate(c), c.cr_await is not None, type(c.cr_await).__name__, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c), c.cr_frame)
async def agen():
    yield
print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()), bool(coro.__code__.co_flags & inspect.CO_COROUTINE))
def plain():
    pass
print(inspect.iscoroutinefunction(plain), asyncio.iscoroutinefunction(coro), inspect.isawaitable(Step()))
async def show_stack():
    return [frame.function for frame in inspect.stack()[:2]]
print(asyncio.run(show_stack()))
c2 = coro()
c2.close()
print(inspect.getcoroutinestate(c2))
