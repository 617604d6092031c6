# Cycles of every kind, made garbage, then collected: gc.collect() prints
# how many objects it freed (the same in CPython and in clearpy).
import gc


class Node:
    def __init__(self, name):
        self.name = name


class WithDel:
    def __del__(self):
        print("finalizing", self.name)


def make_cycles():
    alone = []
    alone.append(alone)                 # a list holding itself
    table = {}
    table["me"] = table                 # a dict holding itself
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a             # two instances
    ring = [Node(index) for index in range(4)]
    for left, right in zip(ring, ring[1:] + ring[:1]):
        left.next = right               # a ring of four
    tail = Node("tail")
    tail.items = [tail, {"k": (tail,)}]  # a longer loop through containers
    return len(ring)


def make_finalized():
    doomed = WithDel()
    doomed.name = "doomed"
    doomed.me = doomed


def closure_cycle():
    def inner():
        return inner                    # a function and its own cell
    return inner.__name__


gc.disable()
gc.collect()
make_cycles()
print("freed", gc.collect())
make_finalized()
closure_cycle()
print("freed", gc.collect())
kept = Node("kept")
kept.me = kept                          # a cycle still in use: not garbage
print("freed", gc.collect())
del kept
print("freed", gc.collect())
