# Deep await chains, return values through them, and exceptions crossing awaits, without asyncio.
class Tick:
    def __await__(self):
        value = yield "tick"
        return value
async def leaf(n):
    got = await Tick()
    return n * 10 + (got or 0)
async def middle(n):
    first = await leaf(n)
    second = await leaf(n + 1)
    return first + second
async def top():
    total = 0
    for n in range(3):
        total += await middle(n)
    try:
        await failing()
    except ValueError as error:
        total += 1000
        print("  caught across awaits:", error)
    return total
async def failing():
    await Tick()
    raise ValueError("from a nested coroutine")
def drive(coro):
    ticks = 0
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value, ticks
        ticks += 1
        value = ticks
print(drive(top()))
