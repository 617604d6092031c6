"""generators: lazy pipelines, recursive traversal and generators driven by send().

Three workloads that lean on generator frames being suspended and resumed:
- a pipeline of generators (numbers -> keep odd -> square -> sliding window
  sums), each stage pulling from the one before;
- the in-order walk of a binary search tree by recursive ``yield from``;
- a running-average "coroutine" generator fed values with ``send()``.

Exercises: generator creation, next/send, yield from delegation, StopIteration.
Size: number of times the three workloads run.
"""

import sys

DEFAULT_SIZE = 130  # rounds


def numbers(limit):
    value = 0
    while value < limit:
        yield value
        value += 1


def keep_odd(values):
    for value in values:
        if value & 1:
            yield value


def squares(values):
    for value in values:
        yield value * value


def windows(values, width):
    window = []
    for value in values:
        window.append(value)
        if len(window) == width:
            yield sum(window)
            del window[0]


def pipeline(limit):
    return sum(windows(squares(keep_odd(numbers(limit))), 4)) % 1_000_003


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        side = "left" if key < node.key else "right"
        child = getattr(node, side)
        if child is None:
            setattr(node, side, Node(key))
            return root
        node = child


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def tree_walk(count):
    root = None
    key = 7
    for _ in range(count):
        key = (key * 7919 + 13) % 10007
        root = insert(root, key)
    keys = list(in_order(root))
    assert keys == sorted(keys)
    return len(keys), sum(keys[::97])


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


def running_average(count):
    consumer = averager()
    next(consumer)
    last = None
    for value in range(count):
        last = consumer.send(value % 17)
    try:
        consumer.send(None)
    except StopIteration as stop:
        return stop.value, round(last, 6)


def main(size):
    results = set()
    for _ in range(size):
        results.add((pipeline(20_000), tree_walk(2_000), running_average(10_000)))
    for result in sorted(results):
        print(f"generators x{size}: pipeline {result[0]}, tree {result[1]}, average {result[2]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
