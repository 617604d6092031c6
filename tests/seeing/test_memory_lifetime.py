"""Object deaths (reference counting or the collector) and collections as events."""

import gc

import pytest

from clearpy.memory.collector import CollectorWatcher, generation_state
from clearpy.memory.lifetime import CYCLE_COLLECTOR, REFERENCE_COUNTING, LifetimeWatcher


class Node:
    def __init__(self, name):
        self.name = name


@pytest.fixture
def watchers():
    was_enabled = gc.isenabled()
    gc.disable()
    gc.collect()
    collector = CollectorWatcher(predict=True).install()
    lifetime = LifetimeWatcher(collector)
    yield collector, lifetime
    collector.uninstall()
    if was_enabled:
        gc.enable()


def test_reference_counting_frees_at_once(watchers):
    collector, lifetime = watchers
    node = Node("short-lived")
    assert lifetime.watch(node, born_at=3)
    assert lifetime.is_watched(node)
    del node
    [death] = lifetime.deaths
    assert death.cause == REFERENCE_COUNTING and death.collection is None
    assert death.type_name == "Node" and death.born_at == 3
    assert "Node object" in death.repr


def test_the_collector_frees_cycles(watchers):
    collector, lifetime = watchers
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a
    lifetime.watch(a)
    lifetime.watch(b)
    survivor = Node("survivor")
    lifetime.watch(survivor)
    del a, b
    assert lifetime.deaths == []          # a cycle: counts never reach zero
    gc.collect()
    assert sorted(death.cause for death in lifetime.deaths) == [CYCLE_COLLECTOR] * 2
    [collection] = collector.collections
    assert {death.collection for death in lifetime.deaths} == {collection.number}
    assert len(collection.deaths) == 2
    assert lifetime.alive() == [survivor]


def test_objects_without_weak_references_cannot_be_watched(watchers):
    collector, lifetime = watchers
    for unwatchable in ([], {}, (1, 2), 12345678901, "text"):
        assert not lifetime.watch(unwatchable)
    assert lifetime.unwatchable == 5 and lifetime.watched_count() == 0


def test_each_collection_is_an_event_with_clearpys_prediction(watchers):
    collector, lifetime = watchers
    seen = []
    collector.on_collection = seen.append
    for index in range(3):
        ring = [Node(index) for index in range(4)]
        for left, right in zip(ring, ring[1:] + ring[:1]):
            left.next = right
        lifetime.watch(ring[0])
    del ring, left, right
    before = gc.get_count()
    assert gc.collect(0) == 12
    [collection] = seen
    assert collection.generation == 0 and collection.counts_before == before
    assert collection.collected == 12 and collection.uncollectable == 0
    # The prediction, made at the start of the collection on the same objects,
    # found exactly what CPython then freed (the watcher's weak references
    # are kept past their callbacks, so CPython does not count them).
    assert len(collection.prediction.objects) == collection.collected
    assert len(collection.prediction.cycles) == 3
    assert "generation 0" in collection.describe()
    assert collection.seconds >= 0 and collection.thread == "MainThread"


def test_generation_state():
    state = generation_state()
    assert state.thresholds == gc.get_threshold()
    assert len(state.counts) == 3 and len(state.stats) == 3
    assert "gen0" in state.describe()
