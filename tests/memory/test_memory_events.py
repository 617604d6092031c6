"""Memory events in clearpy's trace file: deaths and their causes, collections,
unreachable cycles, the collector's counts at each step; and a trace that
shows the heap changes nothing the program can see."""

import subprocess
import sys

import pytest

from heap_replay import PROGRAMS, run_trace, steps_with_heap


def cpython_output(program) -> str:
    return subprocess.run([sys.executable, str(program)], capture_output=True, text=True,
                          check=True, timeout=60).stdout


@pytest.fixture(scope="module")
def lifetimes(tmp_path_factory):
    return run_trace(PROGRAMS / "lifetimes.py", tmp_path_factory.mktemp("trace") / "trace.json")


def line_event(events, line):
    return next(index for index, event in enumerate(events)
                if event["event"] == "line" and event["line"] == line)


def test_reference_counting_frees_at_once(lifetimes):
    events = lifetimes["events"]
    after, before = line_event(events, 12), line_event(events, 13)
    deaths = [event for event in events[after:before] if event["event"] == "death"]
    assert [(death["type"], death["cause"]) for death in deaths] == [("Thing", "reference counting")]
    assert deaths[0]["collection"] is None
    # Born during line 11 (it is noticed when the call Thing("short") returns,
    # so the step is the last one run by then: line 7, in __init__).
    born = next(index for index, event in enumerate(events)
                if event.get("step") == deaths[0]["born_at_step"])
    assert line_event(events, 11) <= born < line_event(events, 12)


def test_the_collector_frees_the_cycle(lifetimes):
    events = lifetimes["events"]
    collections = [event for event in events if event["event"] == "gc" and event["collected"]]
    assert [(event["generation"], event["collected"]) for event in collections] == [(2, 2)]
    number = collections[0]["number"]
    freed = [event for event in events if event["event"] == "death" and event["cause"] == "cycle collector"]
    assert len(freed) == 2 and {event["collection"] for event in freed} == {number}
    assert all(events.index(event) < events.index(collections[0]) for event in freed)
    outputs = [event["text"] for event in events if event["event"] == "output"]
    assert "".join(outputs) == cpython_output(PROGRAMS / "lifetimes.py")
    end = events[-1]
    assert end["event"] == "end" and end["objects_freed_by_collector"] == 2


def test_the_cycle_is_reported_unreachable_when_it_becomes_so(lifetimes):
    events = lifetimes["events"]
    unreachable = [index for index, event in enumerate(events) if event["event"] == "unreachable"]
    assert len(unreachable) == 1
    # Checked before each line: found before line 17, once line 16 (del) ran.
    assert line_event(events, 16) < unreachable[0] < line_event(events, 17)
    event = events[unreachable[0]]
    assert event["count"] == 2 and len(event["cycles"]) == 1


def test_each_step_carries_the_collectors_counts(tmp_path):
    trace = run_trace(PROGRAMS / "lifetimes.py", tmp_path / "trace.json")
    counts = []
    for event, frames, heap in steps_with_heap(trace):
        state = event["state"]["gc"]
        assert state["thresholds"] == [700, 10, 10] and len(state["counts"]) == 3
        counts.append(tuple(state["counts"]))
    assert len(set(counts)) > 1                  # the counts move as the program allocates
    assert trace["events"][0]["gc"]["thresholds"] == [700, 10, 10]


def test_showing_the_heap_changes_nothing_the_collector_sees(tmp_path):
    """Every step's heap shows the instances' attributes; reading them must
    not give the instances a __dict__ (Python 3.12 keeps attributes inline
    until asked for one), or gc.collect() would count those dicts too."""
    program = PROGRAMS / "garbage_cycles.py"
    trace = run_trace(program, tmp_path / "trace.json")
    attributes = set()
    for event, frames, heap in steps_with_heap(trace):
        for entry in heap.values():
            if entry["kind"] == "instance":
                attributes.update(item[0] for item in entry["value"][2:])
    assert {"name", "other", "next", "items"} <= attributes
    outputs = "".join(event["text"] for event in trace["events"] if event["event"] == "output")
    assert outputs == cpython_output(program)
    # The trace's own check at each line (on the program's objects: those it
    # watches, and the lists and dicts it saw made) found, between two
    # collections, what the collection freed: cycles of lists and dicts too.
    found, per_collection = 0, []
    for event in trace["events"]:
        if event["event"] == "unreachable":
            found += event["count"]
        elif event["event"] == "gc" and event["collected"]:
            per_collection.append((found, event["collected"]))
            found = 0
    assert per_collection == [(12, 12), (4, 4), (1, 1)]
