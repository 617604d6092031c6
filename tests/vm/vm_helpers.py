"""Helpers for the VM's tests: run a program under python3.12 and under clearpy."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).parent / "programs"
ENVIRONMENT = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}


def run_python(args, stdin=None, cwd=None, timeout=120):
    """Run CPython itself (the interpreter running the tests)."""
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True,
                          cwd=cwd, env=ENVIRONMENT, timeout=timeout)


def run_clearpy(args, stdin=None, cwd=None, timeout=300):
    """Run ``clearpy run`` with the same arguments."""
    return subprocess.run([sys.executable, "-m", "clearpy", "run", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=ENVIRONMENT, timeout=timeout)


def assert_same_behaviour(args, stdin=None, cwd=None):
    """The program prints the same and exits the same under both."""
    expected = run_python(args, stdin=stdin, cwd=cwd)
    got = run_clearpy(args, stdin=stdin, cwd=cwd)
    assert got.stderr.decode() == expected.stderr.decode()
    assert got.stdout.decode() == expected.stdout.decode()
    assert got.returncode == expected.returncode
