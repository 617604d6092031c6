# An exception raised inside an async generator consumed by async for, uncaught.
import asyncio
async def numbers():
    yield 1
    yield 2
    raise ArithmeticError("async generator broke")
async def main():
    total = 0
    async for n in numbers():
        total += n
        print("running total", total)
asyncio.run(main())
