"""The reference counts in clearpy's trace are CPython's.

The program calls ``probe(name, sys.getrefcount(name))`` on some lines; run by
CPython 3.12 it prints each line's true count (getrefcount's own argument
taken away). clearpy's trace file has, at the step where that line starts,
the heap with every object's count: they must be the same, except on lines
marked ``# differs`` (a call through host code, see memory/machinery.py).
"""

import re
import subprocess
import sys

from heap_replay import PROGRAMS, run_trace, slot_target, steps_with_heap

PROBE = re.compile(r'\s*probe\("(\w+)"')


def cpython_counts(program) -> dict:
    completed = subprocess.run([sys.executable, str(program)], capture_output=True, text=True,
                               check=True, cwd=program.parent, timeout=60)
    counts = {}
    for line in completed.stdout.splitlines():
        number, name, count = line.split()
        counts[int(number), name] = int(count)
    return counts


def clearpy_counts(program, tmp_path) -> dict:
    lines = program.read_text().splitlines()
    counts = {}
    for event, frames, heap in steps_with_heap(run_trace(program, tmp_path / "trace.json")):
        if event["event"] != "line":
            continue
        match = PROBE.match(lines[event["line"] - 1])
        if not match:
            continue
        target = slot_target(frames, match.group(1))
        entry = heap[target]
        if entry["kind"] == "cell":        # a variable inner functions share
            entry = heap[str(entry["value"][1][1])]
        counts[event["line"], match.group(1)] = entry["refcount"]
    return counts


def test_reference_counts_are_cpythons(tmp_path):
    program = PROGRAMS / "shared_values.py"
    expected = cpython_counts(program)
    got = clearpy_counts(program, tmp_path)
    assert set(got) == set(expected)
    lines = program.read_text().splitlines()
    differs = {key for key in expected if lines[key[0] - 1].endswith("# differs")}
    compared = {key: got[key] for key in expected if key not in differs}
    assert compared == {key: expected[key] for key in compared}
    assert len(compared) >= 12 and len(differs) == 1
