"""coroutines: ``async def`` tasks run by a small scheduler written here, no asyncio.

A coroutine suspends itself by awaiting an object whose ``__await__`` yields
a request to whoever is driving it with ``send()``. The scheduler below
understands two requests: "let others run" and "wait until this channel has
a message". Producers send numbers down channels, a relay forwards them
with a transformation, and consumers fold them into a checksum; every
message passes through two task switches.

Exercises: coroutine creation, send(), __await__ generators, await chains,
deques, exceptions to finish tasks.
Size: number of rounds of the producer/relay/consumer network.
"""

import sys
from collections import deque

DEFAULT_SIZE = 229  # rounds


class Yield:
    """``await Yield()``: give the other tasks a turn."""

    def __await__(self):
        yield ("yield", None)


class Channel:
    def __init__(self):
        self.messages = deque()
        self.waiting = deque()  # tasks blocked on receive

    async def send(self, message):
        self.messages.append(message)
        await Yield()

    async def receive(self):
        while not self.messages:
            await WaitFor(self)
        return self.messages.popleft()


class WaitFor:
    def __init__(self, channel):
        self.channel = channel

    def __await__(self):
        yield ("wait", self.channel)


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.switches = 0

    def spawn(self, coroutine):
        self.ready.append(coroutine)

    def run(self):
        blocked = {}
        while self.ready:
            task = self.ready.popleft()
            self.switches += 1
            try:
                request, argument = task.send(None)
            except StopIteration:
                continue
            if request == "yield":
                self.ready.append(task)
            else:  # wait on a channel; woken when it has a message
                blocked.setdefault(id(argument), (argument, []))[1].append(task)
            for key in list(blocked):
                channel, tasks = blocked[key]
                if channel.messages:
                    self.ready.extend(tasks)
                    del blocked[key]


async def producer(channel, start, count):
    for value in range(start, start + count):
        await channel.send(value)
    await channel.send(None)


async def relay(source, destination):
    while True:
        value = await source.receive()
        if value is None:
            await destination.send(None)
            return
        await destination.send(value * 3 + 1)


async def consumer(channel, results):
    total = 0
    while True:
        value = await channel.receive()
        if value is None:
            results.append(total)
            return
        total = (total * 31 + value) % 1_000_000_007


def one_round(producers, messages):
    scheduler = Scheduler()
    results = []
    for index in range(producers):
        first, second = Channel(), Channel()
        scheduler.spawn(producer(first, index * messages, messages))
        scheduler.spawn(relay(first, second))
        scheduler.spawn(consumer(second, results))
    scheduler.run()
    return sum(results) % 1_000_000_007, scheduler.switches


def main(size):
    outcomes = {one_round(8, 200) for _ in range(size)}
    for checksum, switches in sorted(outcomes):
        print(f"coroutines x{size}: checksum {checksum}, {switches} task switches per round")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
