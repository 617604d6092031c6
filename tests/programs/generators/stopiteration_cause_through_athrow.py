# PEP 479 inside generators and async generators: the RuntimeError's cause is
# the StopIteration, also through athrow() (asynccontextmanager relies on it).
def gen():
    yield
g = gen(); next(g)
stop = StopIteration("x")
try:
    g.throw(stop)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is stop, repr(e.__context__))
def gen2():
    yield
    raise StopIteration("y")
g = gen2(); next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
async def ag():
    yield
    raise StopAsyncIteration("z")
import asyncio
async def main():
    g = ag()
    await g.asend(None)
    try:
        await g.asend(None)
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__))
    g = ag()
    await g.asend(None)
    try:
        await g.athrow(StopIteration("w"))
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__))
asyncio.run(main())
from contextlib import asynccontextmanager

async def agen():
    yield

async def main2():
    for stop in (StopIteration('spam'), StopAsyncIteration('ham')):
        g = agen()
        await g.asend(None)
        try:
            await g.athrow(stop)
        except RuntimeError as exc:
            print(repr(exc), repr(exc.__cause__), exc.__cause__ is stop)
        g2 = agen()
        await g2.asend(None)
        try:
            await g2.athrow(stop)
        except RuntimeError as exc:
            print(repr(exc), repr(exc.__cause__), exc.__cause__ is stop)

    @asynccontextmanager
    async def woohoo():
        yield
    for stop in (StopIteration('spam'), StopAsyncIteration('ham')):
        try:
            async with woohoo():
                raise stop
        except Exception as ex:
            print(ex is stop, repr(ex))

asyncio.run(main2())
