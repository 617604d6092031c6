# Producer/consumer with asyncio.Queue, Event and Lock; order is deterministic on one loop.
import asyncio
async def producer(queue, count):
    for i in range(count):
        await queue.put(i)
        print(f"  put {i}")
    await queue.put(None)
async def consumer(queue, results):
    while (item := await queue.get()) is not None:
        results.append(item * item)
        print(f"  got {item}")
async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(queue, 4), consumer(queue, results))
    print(results)
    event = asyncio.Event()
    async def waiter(name):
        await event.wait()
        print(f"  {name} woke")
    tasks = [asyncio.create_task(waiter(n)) for n in "xy"]
    await asyncio.sleep(0)
    print("setting event")
    event.set()
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(f"{n}-in")
            await asyncio.sleep(0)
            order.append(f"{n}-out")
    await asyncio.gather(*(critical(n) for n in range(3)))
    print(order)
    sem = asyncio.Semaphore(2)
    print(sem.locked(), await sem.acquire(), await sem.acquire(), sem.locked())
asyncio.run(main())
