"""The ``clearpy`` command: dispatch, usage, and honest internal errors."""

import subprocess
import sys
from pathlib import Path

from clearpy import cli

ROOT = Path(__file__).resolve().parents[2]


def run_clearpy(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "clearpy", *args],
                          capture_output=True, text=True, cwd=ROOT, **kwargs)


def test_no_command_prints_usage_and_fails():
    result = run_clearpy()
    assert result.returncode == 2
    assert "usage: clearpy COMMAND" in result.stderr
    for name in cli.COMMANDS:
        assert name in result.stderr


def test_unknown_command_is_refused():
    result = run_clearpy("frobnicate")
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr


def test_explain_shows_the_source_of_hello():
    result = run_clearpy("explain", "examples/hello.py")
    assert result.returncode == 0, result.stderr
    assert 'print("Hello, World!")' in result.stdout
    assert "Source" in result.stdout


def test_explain_missing_file_is_the_users_error_not_an_internal_one():
    result = run_clearpy("explain", "no/such/file.py")
    assert result.returncode == 2
    assert "can't open file 'no/such/file.py'" in result.stdout
    assert "internal error" not in result.stderr


def test_a_bug_in_clearpy_is_reported_as_an_internal_error(monkeypatch, capsys):
    import clearpy.commands.explain as explain_command

    def broken(argv):
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr(explain_command, "main", broken)
    status = cli.main(["explain", "examples/hello.py"])
    assert status == cli.INTERNAL_ERROR_EXIT_STATUS
    err = capsys.readouterr().err
    assert "clearpy: internal error" in err
    assert "ZeroDivisionError: simulated bug" in err
