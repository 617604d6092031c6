import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("a", 0), fetch("b", 0))
    async def numbers():
        for number in range(2):
            yield number
    collected = [number async for number in numbers()]
    return results, collected


def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"on the x axis at {x}"
        case {"x": x, "y": y}:
            return f"a dict point {x},{y}"
        case _:
            return "somewhere"


print(asyncio.run(main()))
for point in [(0, 0), (3, 0), {"x": 1, "y": 2}, "?"]:
    print(describe(point))
