# asyncio.run finalizes async generators left open and runs their finally blocks.
import asyncio
async def stream():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print("  stream finally runs")
async def main():
    agen = stream()
    async for value in agen:
        if value == 2:
            break
    print("broke out at", value)
    await agen.aclose()
    left_open = stream()
    print("first value of a stream left open:", await anext(left_open))
asyncio.run(main())
print("after asyncio.run")
