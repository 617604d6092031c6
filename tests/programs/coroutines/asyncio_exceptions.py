# Exceptions in tasks: gather with return_exceptions, cancellation, and TaskGroup's ExceptionGroup.
import asyncio
async def fail(message):
    await asyncio.sleep(0)
    raise ValueError(message)
async def succeed(value):
    await asyncio.sleep(0)
    return value
async def main():
    print(await asyncio.gather(succeed(1), fail("gathered"), return_exceptions=True))
    try:
        await asyncio.gather(fail("first"), succeed(2))
    except ValueError as error:
        print("gather raised:", error)
    async def forever():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            print("  cancelled inside")
            raise
    task = asyncio.create_task(forever())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail("in group 1"))
            group.create_task(fail("in group 2"))
            group.create_task(succeed(3))
    except* ValueError as eg:
        print("TaskGroup:", sorted(str(e) for e in eg.exceptions))
    try:
        await asyncio.wait_for(asyncio.sleep(3600), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out")
    async with asyncio.timeout(None):
        print("timeout(None) never fires")
asyncio.run(main())
