"""sys.settrace, sys.setprofile and pdb on interpreted code, compared with python3.12.

The trace scenarios (settrace/scenarios.py) print every event their trace
functions see: (event, function, line, argument). The file runs once under
each interpreter, and each scenario's events must be the same, in the same
order. The pdb sessions are driven by the same stdin under both, and their
output must be the same, byte for byte.
"""

import pytest

from vm_helpers import run_clearpy, run_python

from settrace.scenarios import SCENARIOS

SETTRACE = __import__("pathlib").Path(__file__).parent / "settrace"


def _sections(output: bytes) -> dict:
    sections, name = {}, None
    for line in output.decode().splitlines():
        if line.startswith("=== "):
            name = line[4:]
            sections[name] = []
        elif name is not None:
            sections[name].append(line)
    return sections


@pytest.fixture(scope="module")
def traced():
    expected = run_python(["scenarios.py"], cwd=SETTRACE)
    got = run_clearpy(["scenarios.py"], cwd=SETTRACE)
    assert expected.returncode == 0, expected.stderr.decode()
    assert got.stderr.decode() == expected.stderr.decode()
    return _sections(expected.stdout), _sections(got.stdout)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_trace_events_are_cpythons(traced, name):
    expected, got = traced
    assert expected[name], f"python3.12 saw no events in {name!r}"
    assert got.get(name) == expected[name]


def assert_same_session(args, commands: str):
    expected = run_python(args, stdin=commands.encode(), cwd=SETTRACE)
    got = run_clearpy(args, stdin=commands.encode(), cwd=SETTRACE)
    assert b"(Pdb)" in expected.stdout
    assert got.stdout.decode() == expected.stdout.decode()
    assert got.stderr.decode() == expected.stderr.decode()
    assert got.returncode == expected.returncode


def test_breakpoint_stops_at_the_next_line():
    assert_same_session(["-c", "x=41\nbreakpoint()\nprint(x+1)"], "p x\nc\n")


def test_pdb_session_step_next_break_return_up_down():
    commands = ["p value", "n", "s", "n", "n", "n", "s", "w", "u", "p limit, acc", "d", "r",
                "b 2", "c", "p n", "bt", "cl 1", "b 9, i == 2", "c", "p i, acc", "until",
                "r", "!acc = 100", "n", "p acc", "l", "n", "q"]
    assert_same_session(["debugged.py"], "\n".join(commands) + "\n")


def test_python_m_pdb_post_mortem():
    assert_same_session(["-m", "pdb", "crash.py"], "n\nn\nc\nw\np a, b\nu\np pairs\nq\n")


def test_untraced_code_gets_its_plain_handlers_back():
    """After the last sys.settrace(None), the VM stops observing (a little
    later: a debugger switches tracing off and on again at once)."""
    import clearpy
    from clearpy.tracing import instrumentation

    interpreter = clearpy.Interpreter()
    namespace = {"interpreter_is_observed": lambda: interpreter.observer is not None}
    interpreter.exec("import sys\n"
                     "def tracer(frame, event, arg):\n"
                     "    return None\n"
                     "def work():\n"
                     "    return 1\n"
                     "sys.settrace(tracer)\n"
                     "work()\n"
                     "traced = interpreter_is_observed()\n"
                     "sys.settrace(None)\n"
                     "for i in range(20000):\n"
                     "    pass\n", namespace)
    assert namespace["traced"]
    assert interpreter.observer is None
    assert not instrumentation.INSTRUMENTATION.installed
