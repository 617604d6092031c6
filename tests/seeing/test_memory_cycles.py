"""clearpy's cycle detection against what CPython's collector really frees."""

import gc
import weakref

import pytest

from clearpy.memory.cycles import find_unreachable, has_finalizer, strongly_connected_components


@pytest.fixture
def quiet_collector():
    """No automatic collection during the test, and no garbage left from before."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.collect()
    yield
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()
    if was_enabled:
        gc.enable()


def collect_saving_all(generation: int = 2) -> set:
    """Run the collector with DEBUG_SAVEALL: every unreachable object it finds
    goes to gc.garbage instead of being freed. Returns their ids."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect(generation)
    finally:
        gc.set_debug(0)
    found = {id(obj) for obj in gc.garbage}
    return found


class Node:
    def __init__(self, name):
        self.name = name


class WithDel:
    finalized = []

    def __del__(self):
        WithDel.finalized.append(self.name)

    def __init__(self, name):
        self.name = name


def make_garbage(keep: list):
    """Cycles of every kind, some objects hanging off them, and cycles still in use."""
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a                      # two instances (and their dicts)
    alone = []
    alone.append(alone)                          # a list holding itself
    table = {"hang": [1, 2, (3, [4])]}
    table["self"] = table                        # a dict cycle with a tail
    with_del = WithDel("with_del")
    with_del.me = with_del                       # a finalizer that does not resurrect
    def closure():
        return closure                           # a function and its cell
    ring = [Node(index) for index in range(5)]
    for left, right in zip(ring, ring[1:] + ring[:1]):
        left.next = right                        # a ring of five
    live = Node("live")
    live.me = live                               # a cycle still held by `keep`
    keep.append(live)
    observed = Node("observed")
    observed.me = observed
    calls = []
    keep.append(weakref.ref(observed, lambda ref: calls.append("called")))
    keep.append(calls)
    garbage_ref_target = Node("target")
    garbage_ref_target.me = garbage_ref_target
    garbage_ref_target.ref = weakref.ref(garbage_ref_target, lambda ref: calls.append("never"))


def test_prediction_equals_what_the_collector_finds(quiet_collector):
    keep = []
    make_garbage(keep)
    report = find_unreachable()
    predicted = report.ids()
    found = collect_saving_all()
    assert predicted == found
    assert len(predicted) >= 15
    assert id(keep[0]) not in predicted
    # The weak reference that outlives its object gets its callback; the one
    # that is garbage itself does not (gcmodule.c, handle_weakrefs).
    assert len(report.weakref_callbacks) == 1
    assert keep[2] == ["called"]


def test_prediction_for_one_generation(quiet_collector):
    old = Node("old")
    old.me = old
    gc.collect()       # `old` is now in generation 2, still referenced
    keep = []
    make_garbage(keep)
    old_id = id(old)
    del old            # garbage now, but in generation 2: a young collection misses it
    report = find_unreachable(generation=0)
    everything = find_unreachable()
    assert report.generation == 0 and everything.generation is None
    assert report.ids() < everything.ids()
    assert old_id in everything.ids() and old_id not in report.ids()
    found = collect_saving_all(generation=0)
    assert report.ids() == found


def test_cycles_are_grouped(quiet_collector):
    make_garbage([])
    report = find_unreachable()
    types_by_cycle = {}
    for item in report.objects:
        if item.cycle is not None:
            types_by_cycle.setdefault(item.cycle, []).append(item.type_name)
    shapes = sorted(sorted(names) for names in types_by_cycle.values())
    # (Instances keep their attributes inside themselves in 3.12, with no
    # separate __dict__ until someone asks for one.)
    assert ["Node"] * 5 in shapes                                 # the ring
    assert ["Node", "Node"] in shapes                             # a and b
    assert ["list"] in shapes                                     # the list holding itself
    hanging = [item for item in report.objects if item.cycle is None]
    assert {item.type_name for item in hanging} >= {"list", "tuple"}   # table's tail
    finalizers = [item.repr for item in report.finalizers() if "WithDel" in item.repr]
    assert len(finalizers) == 1
    assert "unreachable" in report.describe()


def test_a_resurrecting_finalizer_is_flagged(quiet_collector):
    saved = []

    class Phoenix:
        def __del__(self):
            saved.append(self)        # resurrects itself (and its dict)

    phoenix = Phoenix()
    phoenix.me = phoenix
    del phoenix
    report = find_unreachable()
    flagged = [item for item in report.objects if item.has_finalizer]
    assert "Phoenix" in [item.type_name for item in flagged]
    gc.collect()
    # CPython ran __del__, saw the object reachable again, and kept it:
    # exactly the objects clearpy could only flag.
    assert len(saved) == 1 and not has_finalizer(saved[0])    # finalized once in a life
    assert id(saved[0]) not in find_unreachable().ids()
    saved.clear()


def test_the_report_keeps_nothing_alive(quiet_collector):
    dead = Node("dead")
    dead.me = dead
    watcher = weakref.ref(dead)
    del dead
    report = find_unreachable()
    assert watcher() is not None        # still there: only a cycle holds it
    gc.collect()
    assert watcher() is None
    assert report.objects


def test_strongly_connected_components():
    edges = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [4], 6: [6], 7: []}
    components = sorted(sorted(group) for group in strongly_connected_components(list(edges), edges))
    assert components == [[1, 2, 3], [4, 5], [6], [7]]
    long_chain = {index: [index + 1] for index in range(5000)}
    long_chain[5000] = [0]
    assert len(strongly_connected_components(list(long_chain), long_chain)) == 1
