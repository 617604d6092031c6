"""The numbers of each step of clearpy's cycle detection (explain=True)."""

import gc

from clearpy.memory.cycles import find_unreachable


class Node:
    def __init__(self, name):
        self.name = name


def make():
    live_a, live_b = Node("live_a"), Node("live_b")
    live_a.other, live_b.other = live_b, live_a
    dead_a, dead_b = Node("dead_a"), Node("dead_b")
    dead_a.other, dead_b.other = dead_b, dead_a
    return live_a, [live_a, live_b, dead_a, dead_b], [id(live_a), id(live_b), id(dead_a), id(dead_b)]


def test_each_step_for_a_live_and_a_dead_cycle():
    keep, candidates, ids = make()
    report = find_unreachable(candidates=candidates, explain=True)
    assert candidates == []          # used and emptied: the report holds nothing
    rows = {row.id: row for row in report.table}
    live_a, live_b, dead_a, dead_b = (rows[key] for key in ids)
    # update_refs: live_a is held by `keep` and by live_b; the others by one partner.
    assert (live_a.refcount, live_b.refcount, dead_a.refcount, dead_b.refcount) == (2, 1, 1, 1)
    # subtract_refs: only `keep` is left, from outside the candidates.
    assert (live_a.from_outside, live_b.from_outside, dead_a.from_outside) == (1, 0, 0)
    # move_unreachable: live_b is reached from live_a; the dead pair is not.
    assert live_a.reachable and live_b.reachable and not dead_a.reachable and not dead_b.reachable
    assert report.ids() == {ids[2], ids[3]} and len(report.cycles) == 1
    assert report.objects[0].labels == {report.objects[0].referents[0]: ".other"}
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        saved = {id(obj) for obj in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert {ids[2], ids[3]} <= saved and ids[0] not in saved
    del keep
