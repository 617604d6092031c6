"""Differential runs: the same program under python3.12 and under ``clearpy run``.

Stage 4 (the virtual machine) has no artifact to compare field by field: its
product is the program's *behaviour*. So the VM is measured the way a user
would notice a difference: run the program twice, once with CPython and once
with clearpy, each in a fresh process, and compare what came out (stdout,
stderr, exit status) and how long it took.

The two sides:

- CPython: the interpreter running this code (``sys.executable``), which is
  CPython 3.12 by the project's contract.
- clearpy: ``clearpy run`` through the same interpreter, i.e.
  ``[sys.executable, "-m", "clearpy", "run"]``. Setting the environment
  variable ``CLEARPY_RUN_COMMAND`` replaces it with any command (split like a
  shell would), which is how the measuring instruments were built and tested
  before ``clearpy run`` existed (``CLEARPY_RUN_COMMAND=python3.12`` makes the
  "clearpy" side plain CPython), and how another checkout's VM can be measured.

Both sides get the same environment with a fixed ``PYTHONHASHSEED``, so that
the order of sets of strings is the same in both and from run to run.
"""

import os
import shlex
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# The environment variable that replaces the clearpy side's command.
CLEARPY_COMMAND_VARIABLE = "CLEARPY_RUN_COMMAND"

# Any fixed value will do; it only has to be the same for both sides.
HASH_SEED = "0"


def cpython_command() -> list[str]:
    """The command that runs a program with CPython 3.12."""
    return [sys.executable]


def clearpy_command() -> list[str]:
    """The command that runs a program with clearpy (see the module docstring)."""
    replacement = os.environ.get(CLEARPY_COMMAND_VARIABLE, "").strip()
    if replacement:
        return shlex.split(replacement)
    return [sys.executable, "-m", "clearpy", "run"]


def clearpy_is_replaced() -> bool:
    """True when the clearpy side is a stand-in named by ``CLEARPY_RUN_COMMAND``."""
    return bool(os.environ.get(CLEARPY_COMMAND_VARIABLE, "").strip())


def describe_clearpy_side() -> str:
    """One line for reports saying which command measured "clearpy"."""
    line = f"clearpy side: {' '.join(clearpy_command())}"
    if clearpy_is_replaced():
        line += f"   (a stand-in set by {CLEARPY_COMMAND_VARIABLE})"
    else:
        from clearpy.commands.run import parse, stages_of

        line += f"   ({stages_of(parse([])).describe()})"
    return line


def clearpy_run_exists() -> bool:
    """True when this checkout has a ``clearpy run`` command (or a stand-in is set)."""
    from clearpy.cli import COMMANDS

    return clearpy_is_replaced() or "run" in COMMANDS


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment both sides run in: ours, with a fixed hash seed."""
    env = dict(os.environ)
    env.pop(CLEARPY_COMMAND_VARIABLE, None)  # a program under test must not see it
    for name in ("PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONWARNINGS", "PYTHONBREAKPOINT"):
        env.pop(name, None)
    env["PYTHONHASHSEED"] = HASH_SEED
    env.update(extra or {})
    return env


@dataclass(frozen=True)
class Run:
    """What one process did: its output, exit status and wall time."""

    stdout: bytes
    stderr: bytes
    returncode: int | None  # None when it was killed for running too long
    seconds: float

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


def run(command: list[str], arguments: list[str], *, cwd: str | Path | None = None,
        stdin: bytes = b"", env: dict[str, str] | None = None,
        timeout: float | None = None) -> Run:
    """Run ``command + arguments`` to completion and capture everything it did.

    The process gets its own process group, so that a program which starts
    children of its own is stopped as a whole when it overruns ``timeout``.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, *arguments], cwd=cwd, env=env if env is not None else environment(),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    try:
        stdout, stderr = process.communicate(stdin, timeout=timeout)
        returncode = process.returncode
    except subprocess.TimeoutExpired:
        kill_group(process)
        stdout, stderr = process.communicate()
        returncode = None
    return Run(stdout, stderr, returncode, time.perf_counter() - start)


def run_watching_stderr(command: list[str], arguments: list[str], on_line, *,
                        cwd: str | Path | None = None, env: dict[str, str] | None = None,
                        timeout: float | None = None) -> Run:
    """Like ``run``, but call ``on_line(text)`` for each line of stderr as it comes.

    Long runs (a test module under a slow VM) can then show progress while
    they go. stdout is collected by a helper thread so that neither pipe can
    fill up and stall the program.
    """
    import threading

    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, *arguments], cwd=cwd, env=env if env is not None else environment(),
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    stdout_chunks = []
    reader = threading.Thread(target=lambda: stdout_chunks.append(process.stdout.read()),
                              daemon=True)
    reader.start()
    overran = threading.Event()

    def stop():
        overran.set()
        kill_group(process)

    timer = threading.Timer(timeout, stop) if timeout else None
    if timer:
        timer.daemon = True
        timer.start()
    stderr_lines = []
    try:
        for raw_line in process.stderr:
            stderr_lines.append(raw_line)
            on_line(raw_line.decode("utf-8", "replace").rstrip("\n"))
        process.wait()
    finally:
        if timer:
            timer.cancel()
        reader.join()
    returncode = None if overran.is_set() else process.returncode
    return Run(b"".join(stdout_chunks), b"".join(stderr_lines), returncode,
               time.perf_counter() - start)


def kill_group(process: subprocess.Popen) -> None:
    """Stop a process started with ``start_new_session=True`` and its children."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def describe_status(returncode: int | None) -> str:
    """A readable exit status: 'exit 1', 'killed by SIGINT', 'timed out'."""
    if returncode is None:
        return "timed out"
    if returncode < 0:
        try:
            return f"killed by {signal.Signals(-returncode).name}"
        except ValueError:
            return f"killed by signal {-returncode}"
    return f"exit {returncode}"
