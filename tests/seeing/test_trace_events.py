"""clearpy's trace events against CPython 3.12's own (sys.monitoring), event by event."""

import pytest

from trace_helpers import PROGRAMS, clearpy_trace, comparable, cpython_events

PROGRAM_FILES = sorted(PROGRAMS.glob("*.py"))


@pytest.mark.parametrize("program", PROGRAM_FILES, ids=[path.stem for path in PROGRAM_FILES])
def test_events_are_cpythons(program, tmp_path):
    expected = cpython_events(program, tmp_path)
    trace = clearpy_trace(program, tmp_path, "--level", "instruction")
    got = comparable(trace)
    # Compare as a whole, but report the first difference readably.
    for position, (mine, theirs) in enumerate(zip(got, expected)):
        assert mine == theirs, (
            f"event {position}: clearpy {mine}, CPython {theirs}\n"
            f"before: {got[max(position - 5, 0):position]}")
    assert len(got) == len(expected)
    kinds = {kind for kind, _, _ in got}
    assert kinds >= {"call", "line", "instruction", "return"}
