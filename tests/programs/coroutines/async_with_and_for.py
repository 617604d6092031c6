# async with calls __aenter__/__aexit__; async for calls __aiter__/__anext__ until StopAsyncIteration.
import asyncio
class AsyncResource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"  enter {self.name}")
        return self
    async def __aexit__(self, kind, value, traceback):
        print(f"  exit {self.name}: {kind.__name__ if kind else None}")
        return kind is KeyError
class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
async def main():
    async with AsyncResource("a") as a, AsyncResource("b"):
        print("  body with", a.name)
    async with AsyncResource("suppressing"):
        raise KeyError("swallowed")
    try:
        async with AsyncResource("passing"):
            raise ValueError("escapes")
    except ValueError as error:
        print("ValueError:", error)
    print([i async for i in AsyncRange(3)])
    async for i in AsyncRange(2):
        print("  iter", i)
    else:
        print("  async for else")
    from contextlib import asynccontextmanager
    @asynccontextmanager
    async def managed():
        print("  acm enter")
        yield "value"
        print("  acm exit")
    async with managed() as v:
        print("  got", v)
    try:
        async with object():
            pass
    except TypeError as error:
        print("TypeError:", error)
asyncio.run(main())
