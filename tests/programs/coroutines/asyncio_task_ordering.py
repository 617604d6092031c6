# The order tasks run in on one event loop: creation order, sleeps of 0, and gather results order.
import asyncio
log = []
async def worker(name, steps):
    for step in range(steps):
        log.append(f"{name}{step}")
        await asyncio.sleep(0)
    return name
async def main():
    tasks = [asyncio.create_task(worker(name, steps)) for name, steps in [("a", 3), ("b", 1), ("c", 2)]]
    log.append("main before await")
    results = await asyncio.gather(*tasks)
    print(log)
    print(results)
    done, pending = await asyncio.wait([asyncio.create_task(worker("d", 1))])
    print(len(done), len(pending))
    first = await asyncio.wait_for(worker("e", 2), timeout=10)
    print(first)
    async with asyncio.TaskGroup() as group:
        t1 = group.create_task(worker("f", 1))
        t2 = group.create_task(worker("g", 1))
    print(t1.result(), t2.result(), log[-4:])
asyncio.run(main())
