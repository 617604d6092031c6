"""The differential runner: the two sides' commands, running, timing out, statuses."""

import signal
import sys

from clearpy import differential


def test_the_clearpy_side_is_clearpy_run_unless_replaced(monkeypatch):
    monkeypatch.delenv(differential.CLEARPY_COMMAND_VARIABLE, raising=False)
    assert differential.clearpy_command() == [sys.executable, "-m", "clearpy", "run"]
    assert not differential.clearpy_is_replaced()
    monkeypatch.setenv(differential.CLEARPY_COMMAND_VARIABLE, "python3.12 -X dev")
    assert differential.clearpy_command() == ["python3.12", "-X", "dev"]
    assert differential.clearpy_is_replaced()


def test_programs_see_a_fixed_hash_seed_and_not_the_stand_in_variable(monkeypatch):
    monkeypatch.setenv(differential.CLEARPY_COMMAND_VARIABLE, "anything")
    result = differential.run(
        [sys.executable], ["-c", "import os; print(os.environ.get('PYTHONHASHSEED'), "
                                 f"'{differential.CLEARPY_COMMAND_VARIABLE}' in os.environ)"])
    assert result.stdout.decode().split() == [differential.HASH_SEED, "False"]


def test_run_captures_output_status_and_stdin():
    result = differential.run(
        [sys.executable], ["-c", "import sys; print(input()); print('e', file=sys.stderr); sys.exit(3)"],
        stdin=b"fed\n")
    assert (result.stdout, result.stderr, result.returncode) == (b"fed\n", b"e\n", 3)
    assert result.seconds > 0 and not result.timed_out


def test_a_run_past_its_timeout_is_stopped():
    result = differential.run([sys.executable], ["-c", "import time; time.sleep(30)"], timeout=0.5)
    assert result.timed_out and result.seconds < 10


def test_watching_stderr_sees_every_line_and_stops_on_timeout():
    lines = []
    result = differential.run_watching_stderr(
        [sys.executable], ["-c", "import sys\nfor i in range(3): print(i, file=sys.stderr)"],
        lines.append)
    assert lines == ["0", "1", "2"] and result.returncode == 0
    result = differential.run_watching_stderr(
        [sys.executable], ["-c", "import time; time.sleep(30)"], lines.append, timeout=0.5)
    assert result.timed_out


def test_statuses_are_described_for_people():
    assert differential.describe_status(0) == "exit 0"
    assert differential.describe_status(-signal.SIGINT) == "killed by SIGINT"
    assert differential.describe_status(None) == "timed out"
