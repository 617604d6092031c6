"""Every program in tests/programs/ behaves under ``clearpy run`` exactly as under python3.12.

Each test runs one program under both (see clearpy.conformance.vm_programs
for the conventions) and compares stdout, stderr and the exit status. The
expected output is CPython's, produced during the test, never stored.
Programs clearpy cannot run yet are listed with the reason in
src/clearpy/known_failures/programs.toml and reported as strict xfails, so
that a program starting to pass is noticed and its entry removed.

Until the VM lands there is no ``clearpy run`` to test, and the programs are
skipped; CLEARPY_RUN_COMMAND can name a stand-in (see clearpy.differential).
"""

import sys

import pytest

from clearpy import differential
from clearpy.conformance import vm_programs
from clearpy.known_failures import known_failures

PROGRAMS = vm_programs.programs()
KNOWN = known_failures(vm_programs.KNOWN_FAILURES)


def _parameters():
    for program in PROGRAMS:
        marks = []
        if program.name in KNOWN:
            marks.append(pytest.mark.xfail(reason=KNOWN[program.name], strict=True))
        yield pytest.param(program, id=program.name, marks=marks)


@pytest.mark.skipif(not differential.clearpy_run_exists(),
                    reason="'clearpy run' does not exist yet (the VM has not landed)")
@pytest.mark.parametrize("program", list(_parameters()))
def test_program_behaves_as_under_cpython(program):
    expected, got = vm_programs.run_both(program)
    assert not expected.timed_out, f"{program.name} timed out under CPython itself"
    difference = vm_programs.first_difference(expected, got)
    assert not difference, f"{difference}\n{vm_programs.full_difference(expected, got)}"


def test_there_are_programs_for_every_topic():
    topics = {program.path.parent.name for program in PROGRAMS}
    assert len(PROGRAMS) >= 300
    assert all(sum(p.path.parent.name == topic for p in PROGRAMS) >= 3 for topic in topics)


def test_every_known_failure_names_an_existing_program():
    names = {program.name for program in PROGRAMS}
    assert sorted(set(KNOWN) - names) == []


def test_no_program_shadows_a_standard_module():
    # A program's directory is sys.path[0] when it runs: a file named like a
    # stdlib module there would be imported instead of the real one.
    for program in PROGRAMS:
        for neighbour in program.path.parent.iterdir():
            name = neighbour.stem if neighbour.suffix == ".py" else neighbour.name
            assert name not in sys.stdlib_module_names, f"{neighbour} shadows the stdlib"
