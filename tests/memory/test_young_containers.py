"""Lists and dicts cannot be weakly referenced: the lifetime watcher notes
them by id, and finds them again among the young generations."""

import gc

from clearpy.memory.collector import CollectorWatcher
from clearpy.memory.lifetime import LifetimeWatcher


def test_noted_containers_are_found_while_young_and_forgotten_when_gone():
    watcher = LifetimeWatcher(CollectorWatcher())
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        alone = []
        table = {}                       # not tracked by the collector yet
        assert not watcher.watch(alone) and not watcher.watch(table)
        assert watcher.program_object_count() == 2
        assert [id(obj) for obj in watcher.young_containers()] == [id(alone)]
        table["me"] = table              # now tracked
        assert {id(obj) for obj in watcher.young_containers()} == {id(alone), id(table)}
        del alone
        for _ in range(4):
            watcher.young_containers()
        assert watcher.program_object_count() == 1     # the dead list is forgotten
        gc.collect()                     # the dict cycle is freed
        for _ in range(4):
            assert watcher.young_containers() == []
        assert watcher.program_object_count() == 0
    finally:
        if was_enabled:
            gc.enable()
