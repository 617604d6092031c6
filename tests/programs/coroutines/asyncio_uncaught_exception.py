# An exception escaping asyncio.run's coroutine is printed with the coroutine frames in the traceback.
import asyncio
async def deep(n):
    await asyncio.sleep(0)
    if n == 0:
        raise LookupError("nothing found at the bottom")
    await deep(n - 1)
async def main():
    await deep(2)
asyncio.run(main())
