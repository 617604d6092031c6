"""Differential tests: each program in programs/ behaves the same under
python3.12 and ``clearpy run`` (stdout, stderr, exit status)."""

import pytest

from vm_helpers import PROGRAMS, assert_same_behaviour

PROGRAM_FILES = sorted(path.name for path in PROGRAMS.glob("*.py"))


@pytest.mark.parametrize("name", PROGRAM_FILES)
def test_program(name):
    assert_same_behaviour([name], cwd=PROGRAMS)
