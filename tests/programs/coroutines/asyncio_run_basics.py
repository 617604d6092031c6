# asyncio.run drives a coroutine: sleep, gather, create_task, results and ordering.
import asyncio
async def worker(name, delay_steps):
    for step in range(delay_steps):
        print(f"  {name} step {step}")
        await asyncio.sleep(0)
    return f"{name} done"
async def main():
    results = await asyncio.gather(worker("a", 2), worker("b", 3), worker("c", 1))
    print(results)
    task = asyncio.create_task(worker("t", 1), name="my-task")
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result())
    return "main result"
print(asyncio.run(main()))
async def nested():
    async def inner(x):
        await asyncio.sleep(0)
        return x * 2
    return [await inner(i) for i in range(3)]
print(asyncio.run(nested()))
try:
    asyncio.run(worker)
except ValueError as error:
    print("ValueError:", str(error).split(" <")[0])
