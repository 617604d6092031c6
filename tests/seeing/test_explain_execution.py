"""``clearpy explain`` ends with the program running: a summary, its output, and
``--html`` writes the whole journey as one page with a stepper through the run."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from clearpy.commands import explain as explain_command
from clearpy.explain import STEPS, steps
from clearpy.explain.execution import trace_in_child
from clearpy.tracing import stepper

HERE = Path(__file__).resolve().parent

PROGRAM = '''class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

first = Node(1)
first.next = Node(2)
first.next.next = first
del first
print("halves:", divide(1, 2), divide(1, 0))
'''


@pytest.fixture
def program(tmp_path):
    path = tmp_path / "journey.py"
    path.write_text(PROGRAM)
    return path


def test_execution_is_the_last_step():
    assert STEPS[-1] == "execution"
    assert STEPS.index("bytecode") < STEPS.index("execution")


def test_explain_sums_up_the_run(program, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    assert explain_command.main([str(program)]) == 0
    out = capsys.readouterr().out
    execution = out[out.index("Execution"):]
    # 19 lines: the class body and the function bodies count too.
    assert re.search(r"lines run\s+19\b", execution), execution
    # <module>, the class body, Node.__init__ twice, divide twice.
    assert re.search(r"calls\s+6 ", execution), execution
    assert "ZeroDivisionError ×1; caught 1" in execution
    assert "halves: 0.5 None" in execution
    # The two Nodes hold each other: a cycle only the collector can free.
    assert "Node" in execution[execution.index("Cycles that only the cycle collector"):]
    assert re.search(r"exit status\s+0", execution)


def test_a_program_that_ends_the_process_does_not_end_explain(tmp_path, capsys):
    program = tmp_path / "leave.py"
    program.write_text("import os, sys\nprint('bye', flush=True)\nsys.stdout.flush()\nos._exit(3)\n")
    assert explain_command.main([str(program)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"exit status\s+3", out), out


def test_html_page_is_self_contained_and_has_every_step(program, tmp_path, capsys):
    page = tmp_path / "journey.html"
    assert explain_command.main([str(program), "--html", str(page)]) == 0
    text = page.read_text()
    for step in steps():
        assert f"{step.TITLE}</h2>" in text, step.TITLE
    # Nothing is loaded from elsewhere: no src= or stylesheet link at all.
    assert not re.search(r"""<(script|img|link|iframe)[^>]*\s(src|href)=""", text)
    data = re.search(r'<script type="application/json" id="stepper-data">(.*?)</script>',
                     text, re.S).group(1)
    stepper_data = json.loads(data)
    assert len(stepper_data["steps"]) == 19
    assert stepper_data["output"] == [["stdout", "halves: 0.5 None\n"]]


def test_stepper_keeps_the_first_steps_and_the_events_between():
    trace = {"events": [{"event": "line", "n": 1, "step": 1, "line": 1, "state": {}},
                        {"event": "call", "n": 2, "function": "f", "arguments": {"x": "1"}},
                        {"event": "line", "n": 3, "step": 2, "line": 5, "state": {}},
                        {"event": "line", "n": 4, "step": 3, "line": 6, "state": {}}]}
    data = stepper.stepper_data(stepper.first_steps(trace, 2))
    assert [step["line"] for step in data["steps"]] == [1, 5]
    assert data["between"] == [[], ["call f(x=1)"]]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_stepper_script_shows_frames_heap_and_output(program, tmp_path):
    status, trace = trace_in_child(str(program))
    assert status == 0
    data = tmp_path / "data.json"
    data.write_text(json.dumps(stepper.stepper_data(trace)))
    script = tmp_path / "script.js"
    script.write_text(stepper.SCRIPT)

    def shown(clicks):
        completed = subprocess.run(["node", str(HERE / "run_stepper.js"), str(script), str(data),
                                    str(clicks)], capture_output=True, text=True, timeout=60)
        assert completed.returncode == 0, completed.stderr
        return completed.stdout

    # Step 6 is line 3 of Node.__init__, called by line 12: two frames.
    sixth = shown(5)
    assert sixth.startswith("step 6 of 19")
    assert "Node.__init__  line 3" in sixth and "<module>  line 12" in sixth
    assert "value1" in sixth           # the local variable value = 1
    assert "Objects (the heap)" in sixth and "immortal" in sixth
    assert "Since the previous stepcall Node.__init__(self=<Node object" in sixth
    # Line 9 (except ZeroDivisionError:) of the second call of divide: step 18.
    except_line = shown(17)
    assert except_line.startswith("step 18 of 19")
    assert "divide  line 9" in except_line and "<module>  line 16" in except_line
    assert "ZeroDivisionError raised in divide: division by zero" in except_line
    assert "ZeroDivisionError caught in divide" in except_line
    assert "halves: 0.5 None" not in except_line    # print has not been called yet
    last = shown(18)
    assert last.startswith("step 19 of 19")
    assert "After the last step" in last and "<module> returns None" in last
    assert "Output at the end" in last and "halves: 0.5 None" in last
