# Async generators: async for, asend/athrow/aclose, and finalization.
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("  ticker cleanup")
async def main():
    async for value in ticker(3):
        print("tick", value)
    agen = ticker(5)
    print(type(agen).__name__, await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print(await anext(ticker(0), "default"))
    async def echo():
        received = None
        while True:
            received = yield f"echo {received}"
    e = echo()
    print(await e.asend(None), await e.asend("hi"))
    try:
        await e.athrow(KeyError("thrown"))
    except KeyError as error:
        print("athrow propagated:", error)
    async def breaking():
        async for v in ticker(10):
            if v == 1:
                break
        return "broke out"
    print(await breaking())
    try:
        async for x in [1, 2]:
            pass
    except TypeError as error:
        print("TypeError:", error)
asyncio.run(main())
