"""The trace file of ``clearpy trace --json``: steps with frames, variables,
value stacks and the heap (as changes), its reading, and the mapping to
Python Tutor's format."""

import json
import subprocess
import sys

import pytest

from clearpy.tracing.pytutor import to_pytutor
from clearpy.tracing.trace_format import FORMAT, VERSION, iterate_events, read_unfinished_trace

PROGRAM = '''def make(n):
    items = []
    for i in range(n):
        items.append(i * 10)
    return items

def outer():
    count = 0
    def bump():
        nonlocal count
        count += 1
    bump()
    return count

numbers = make(2)
pair = (numbers, "two")
print(len(numbers), outer())
'''


@pytest.fixture(scope="module")
def traced(tmp_path_factory):
    directory = tmp_path_factory.mktemp("trace_file")
    program = directory / "prog.py"
    program.write_text(PROGRAM)
    out = directory / "trace.json"
    completed = subprocess.run([sys.executable, "-m", "clearpy", "trace", "--quiet", "--json",
                                str(out), str(program)], capture_output=True, text=True,
                               cwd=directory, timeout=300)
    assert completed.returncode == 0, completed.stderr
    return program, out, json.loads(out.read_text()), completed.stderr


def steps_of(trace):
    return [event for event in trace["events"] if "step" in event]


def heap_at(trace, step_number):
    """The heap of a step, rebuilt from the changes as any reader does."""
    heap = {}
    for step in steps_of(trace)[:step_number]:
        for gone in step["state"]["heap_gone"]:
            heap.pop(str(gone), None)
        heap.update(step["state"]["heap"])
    return heap


def test_header_and_sources(traced):
    program, _, trace, stderr = traced
    assert (trace["format"], trace["version"]) == (FORMAT, VERSION)
    assert trace["level"] == "line"
    assert trace["sources"][str(program)] == PROGRAM
    assert "steps" in stderr and "written to" in stderr


def test_every_step_has_the_frames_and_their_variables(traced):
    _, _, trace, _ = traced
    steps = steps_of(trace)
    assert [step["step"] for step in steps] == list(range(1, len(steps) + 1))
    # Line 4 (items.append) the second time round: i is 1, items holds [0].
    appends = [step for step in steps if step["line"] == 4]
    second = appends[1]
    frames = second["state"]["frames"]
    assert [frame["function"] for frame in frames] == ["<module>", "make"]
    variables = {name: (kind, value) for name, kind, value in frames[1]["locals"]}
    assert variables["n"] == ("local", 2) and variables["i"] == ("local", 1)
    kind, reference = variables["items"]
    heap = heap_at(trace, second["step"])
    entry = heap[str(reference[1])]
    assert entry["type"] == "list" and entry["value"] == ["LIST", 0]
    assert entry["refcount"] >= 1 and entry["immortal"] is False
    # The module's variables are globals, not assigned ones are left out or UNBOUND.
    module = {name: kind for name, kind, _ in frames[0]["locals"]}
    assert module["make"] == "global"


def test_cells_and_the_heap_changes(traced):
    _, _, trace, _ = traced
    steps = steps_of(trace)
    bump = next(step for step in steps if step["function"] == "outer.<locals>.bump")
    frames = {frame["function"]: frame for frame in bump["state"]["frames"]}
    kinds = {name: kind for name, kind, _ in frames["outer"]["locals"]}
    assert kinds["count"] == "cell" and kinds["bump"] == "local"
    assert {name: kind for name, kind, _ in frames["outer.<locals>.bump"]["locals"]} == {"count": "free"}
    # An object appears in "heap" when new or changed, and only then.
    last = steps[-1]
    pair = dict((name, value) for name, _, value in last["state"]["frames"][0]["locals"])["pair"]
    heap = heap_at(trace, last["step"])
    assert heap[str(pair[1])]["value"][0] == "TUPLE"
    appearances = [step["step"] for step in steps if str(pair[1]) in step["state"]["heap"]]
    assert len(appearances) <= 2


def test_instruction_level_steps_have_value_stacks(tmp_path):
    program = tmp_path / "add.py"
    program.write_text("a = 2\nb = a + 3\n")
    out = tmp_path / "trace.json"
    subprocess.run([sys.executable, "-m", "clearpy", "trace", "--quiet", "--level", "instruction",
                    "--json", str(out), str(program)], check=True, capture_output=True,
                   timeout=300)
    trace = json.loads(out.read_text())
    binary = next(step for step in steps_of(trace) if step["opname"] == "BINARY_OP")
    assert binary["argrepr"] == "+"
    assert binary["stack_before"] == ["2", "3"] and binary["stack_after"] == ["5"]
    assert binary["state"]["frames"][0]["stack"] == [2, 3]


def test_events_can_be_read_one_at_a_time(traced):
    _, out, trace, _ = traced
    streamed = list(iterate_events(str(out)))
    assert streamed == trace["events"]


def test_an_unfinished_trace_is_read_up_to_its_last_complete_event(traced, tmp_path):
    _, out, trace, _ = traced
    text = out.read_text()
    cut = tmp_path / "cut.json"
    cut.write_text(text[:len(text) // 2])
    partial = read_unfinished_trace(str(cut))
    assert partial["finished"] is False
    assert 0 < len(partial["events"]) < len(trace["events"])
    assert partial["events"] == trace["events"][:len(partial["events"])]


def test_python_tutor_mapping(traced):
    _, _, trace, _ = traced
    tutor = to_pytutor(trace)
    assert tutor["code"] == PROGRAM
    steps = tutor["trace"]
    assert len(steps) == len(steps_of(trace))
    append = [step for step in steps if step["line"] == 4][1]
    assert append["event"] == "step_line"
    frame = append["stack_to_render"][-1]
    assert frame["func_name"] == "make" and frame["is_highlighted"]
    assert frame["encoded_locals"]["i"] == 1
    items = frame["encoded_locals"]["items"]
    assert append["heap"][str(items[1])] == ["LIST", 0]
    assert append["globals"]["make"][0] == "REF"
    assert append["heap"][str(append["globals"]["make"][1])] == ["FUNCTION", "make", None]
    # A cell variable is shown as the value it holds.
    inside = next(step for step in steps if step["func_name"] == "outer.<locals>.bump")
    assert inside["event"] == "call"
    assert inside["stack_to_render"][-1]["encoded_locals"]["count"] == 0
    assert steps[-1]["stdout"] == "2 1\n"


def test_imports_output_and_the_end_summary(tmp_path):
    (tmp_path / "helper.py").write_text("VALUE = 3\n")
    program = tmp_path / "main.py"
    program.write_text("import helper\nimport json\nprint(helper.VALUE, json.dumps([1]))\n")
    out = tmp_path / "trace.json"
    completed = subprocess.run([sys.executable, "-m", "clearpy", "trace", "--quiet", "--json",
                                str(out), str(program)], capture_output=True, text=True,
                               cwd=tmp_path, timeout=300)
    assert completed.returncode == 0, completed.stderr
    events = json.loads(out.read_text())["events"]
    imports = {event["name"]: event for event in events if event["event"] == "import"}
    assert imports["helper"]["loaded"] == ["helper"] and imports["helper"]["line"] == 1
    assert "json" in imports["json"]["loaded"] and "json.decoder" in imports["json"]["loaded"]
    # The helper module is the program's own file: its line is traced too.
    assert any(event.get("file") == str(tmp_path / "helper.py") and event["event"] == "line"
               for event in events)
    outputs = [event for event in events if event["event"] == "output"]
    assert [(event["stream"], event["text"]) for event in outputs] == [("stdout", "3 [1]\n")]
    end = events[-1]
    assert end["event"] == "end" and end["exit_status"] == 0
    assert end["steps"] == 4 and end["stopped_at_max_steps"] is False
