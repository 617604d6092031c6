"""async_tree: a tree of asyncio tasks, each waiting for its children with gather().

Every node of a tree (branching factor 3, depth 5: 364 nodes) is a coroutine
that does a little work, yields to the event loop with ``asyncio.sleep(0)``,
then starts its children as tasks and gathers their results. Half-way,
a few nodes raise an exception that their parent catches, as real servers
do. This is the event loop at work: task creation, futures, callbacks,
gather, and the generators underneath every ``await``.

Exercises: asyncio (pure-Python event loop code), coroutines, exceptions.
Size: number of trees run, each in its own ``asyncio.run``.
"""

import asyncio
import sys

DEFAULT_SIZE = 207  # trees
BRANCHES = 3
DEPTH = 5


class Unlucky(Exception):
    pass


async def node(path, depth):
    await asyncio.sleep(0)
    value = sum(path) * 7 % 101
    if depth == DEPTH:
        if value % 13 == 0:
            raise Unlucky(path)
        return value
    children = [asyncio.create_task(node(path + (branch,), depth + 1)) for branch in range(BRANCHES)]
    results = await asyncio.gather(*children, return_exceptions=True)
    total = value
    for result in results:
        total += -1 if isinstance(result, Unlucky) else result
    return total % 1_000_003


def main(size):
    totals = {asyncio.run(node((), 0)) for _ in range(size)}
    for total in sorted(totals):
        print(f"async_tree x{size}: {BRANCHES}-way tree of depth {DEPTH}, checksum {total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
