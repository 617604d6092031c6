"""The interactive prompt (``clearpy run -i``, ``clearpy run`` at a terminal)
against ``python3.12 -i`` fed the same lines on a pipe.

With a pipe for standard input both print the banner and the prompts on
stderr and the echoed results on stdout, so the whole session can be
compared byte for byte: prompts, continuation prompts, echoed values,
tracebacks, syntax errors, the exit status.
"""

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from vm_helpers import ENVIRONMENT, run_clearpy, run_python

SESSIONS = {
    "expressions_echoed": "x = 1\nx + 1\n'abc'\nNone\n_\nprint(_)\n",
    "multi_line_blocks": "for i in range(2):\n    print(i)\n\ndef f():\n    return 3\n\nf()\n",
    "block_ended_by_end_of_input": "for i in range(2):\n    print(i)",
    "open_brackets_and_strings": "(1,\n2)\nx = '''a\nb'''\nx\n[1,\n\n2]\n",
    "tracebacks_and_last_exc": "1/0\nimport sys\nsys.last_value\ntype(sys.last_exc)\n"
                               "def g():\n    raise KeyError(1)\n\ng()\n",
    "chained_exception": "try:\n    1/0\nexcept Exception as e:\n    raise ValueError('v') from e\n\n",
    "syntax_errors": "1 +\n2\ndef f(:\nif 1:\n  x=1\ny=2\nprint(y)\n",
    "comments_and_blank_lines": "# c\n\n   \n1\n",
    "future_import_persists": "from __future__ import annotations\ndef f(x: int): pass\n\n"
                              "f.__annotations__\n",
    "custom_prompts_and_displayhook": "import sys\nsys.ps1 = 'A '\nsys.ps2 = 'B '\nif 1:\n"
                                      "  2\n\nsys.displayhook = lambda v: print('<', v, '>')\n3\n",
    "exit_status_of_sys_exit": "print(5)\nimport sys; sys.exit(3)\nprint(6)\n",
    "exit_builtin": "exit()\nprint('not reached')\n",
    "keyboard_interrupt_is_reported": "raise KeyboardInterrupt\n1\n",
    "several_statements_on_a_line": "print(1); print(2)\nx=1\n\n\nx\n",
}


def _session(run, flags, text):
    result = run([*flags], stdin=text.encode())
    return result.returncode, result.stdout.decode(), result.stderr.decode()


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_session_as_under_python_dash_i(name):
    text = SESSIONS[name]
    expected = _session(run_python, ["-i"], text)
    got = _session(run_clearpy, ["-i"], text)
    assert got == expected


def test_quiet_dash_i_and_dash_i_with_dash():
    for flags in (["-q", "-i"], ["-i", "-"]):
        expected = _session(run_python, flags, "x = 5\nx\n")
        assert _session(run_clearpy, flags, "x = 5\nx\n") == expected


@pytest.mark.parametrize("program", ["x = 5", "1/0", "import sys; sys.exit(3)"])
def test_dash_i_after_a_program_inspects_its_namespace(program):
    # After -c (or a file), -i gives a prompt in the program's __main__, without
    # a banner; an uncaught exception, even SystemExit, is only reported.
    text = "x\n"
    expected = _session(run_python, ["-i", "-c", program], text)
    assert _session(run_clearpy, ["-i", "-c", program], text) == expected


STARTUP_FILES = {
    "defines_names": "print('startup', __name__, __file__ is not None)\nSTARTED = 1\n",
    "raises": "1/0\n",
    "exits": "import sys\nsys.exit(4)\n",
    "missing": None,
}


@pytest.mark.parametrize("name, flags", [
    *((name, ["-i"]) for name in sorted(STARTUP_FILES)),
    ("defines_names", ["-E", "-i"]), ("defines_names", ["-i", "-c", "x = 1"]),
])
def test_pythonstartup_runs_before_the_first_prompt(tmp_path, monkeypatch, name, flags):
    # Only for a session with no program, and not with -E; its errors are
    # reported and the session goes on; __file__ is set only while it runs.
    path = tmp_path / "startup.py"
    if STARTUP_FILES[name] is not None:
        path.write_text(STARTUP_FILES[name])
    monkeypatch.setitem(ENVIRONMENT, "PYTHONSTARTUP", str(path))
    text = "STARTED\n__file__\n"
    assert _session(run_clearpy, flags, text) == _session(run_python, flags, text)


def test_no_program_and_a_pipe_runs_standard_input_as_a_script():
    text = "x = 1\nx + 1\nprint(x)\n"
    assert _session(run_clearpy, [], text) == _session(run_python, [], text)


def _read_until(fd, marker: bytes, timeout: float = 60.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while marker not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_at_a_terminal_the_prompt_starts_with_no_arguments(tmp_path):
    # A pseudo-terminal: `clearpy run` alone shows the banner and reads lines
    # through readline (the prompt then goes to the terminal), and keeps the
    # history in ~/.python_history as CPython's prompt does.
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "clearpy", "run"], stdin=terminal,
                               stdout=terminal, stderr=terminal,
                               env={**ENVIRONMENT, "HOME": str(tmp_path)}, close_fds=True)
    os.close(terminal)
    try:
        banner = _read_until(controller, b">>> ")
        assert b'Type "help", "copyright", "credits" or "license"' in banner
        os.write(controller, b"6 * 7\n")
        assert b"42" in _read_until(controller, b">>> ")
        os.write(controller, b"raise SystemExit(4)\n")
        assert process.wait(timeout=60) == 4
        history = (tmp_path / ".python_history").read_text().splitlines()
        assert history[-2:] == ["6 * 7", "raise SystemExit(4)"]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)



def _terminal_session(command, keystrokes, home):
    """Type ``keystrokes`` at ``command`` in a pseudo-terminal, each chunk once the
    prompt it waits for has shown; all the terminal showed, and the exit status."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(command, stdin=terminal, stdout=terminal, stderr=terminal,
                               env={**ENVIRONMENT, "HOME": str(home)}, close_fds=True)
    os.close(terminal)
    try:
        shown = _read_until(controller, b">>> ")
        for chunk, prompt in keystrokes:
            os.write(controller, chunk)
            shown += _read_until(controller, prompt)
        os.write(controller, b"\x04")   # Ctrl-D: end of input
        status = process.wait(timeout=60)
        return shown, status
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)


def test_line_editing_at_a_terminal_as_under_python(tmp_path):
    # readline at work: Ctrl-A goes to the start of the line, Ctrl-E to its end
    # ("x = 1" becomes "yx = 1 + 1"); then a block, an error, and Ctrl-D.
    # The terminal shows the same bytes under both.
    keystrokes = [(b"x = 1\x01y\x05 + 1\n", b">>> "), (b"yx\n", b">>> "),
                  (b"for i in range(2):\n", b"... "), (b"    print(i)\n", b"... "),
                  (b"\n", b">>> "), (b"1/0\n", b">>> ")]
    (tmp_path / "python").mkdir()
    (tmp_path / "clearpy").mkdir()
    expected = _terminal_session([sys.executable, "-q"], keystrokes, tmp_path / "python")
    got = _terminal_session([sys.executable, "-m", "clearpy", "run", "-q"], keystrokes,
                            tmp_path / "clearpy")
    assert got == expected
    assert b"yx\r\n2\r\n>>> " in got[0]
