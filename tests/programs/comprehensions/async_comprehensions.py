# Async comprehensions and await inside comprehensions, driven by asyncio.run.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print([x async for x in agen(4)])
    print({x: x * x async for x in agen(3) if x})
    print([await double(x) for x in range(3)])
    print({await double(x) async for x in agen(3)})
    gen = (x + 1 async for x in agen(3))
    print(type(gen).__name__, [y async for y in gen])
    print([[y async for y in agen(i)] for i in range(3)])
asyncio.run(main())
