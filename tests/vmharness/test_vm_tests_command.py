"""``clearpy conformance vm-tests`` end to end, with stand-ins for ``clearpy run``.

CPython itself stands in for a perfect clearpy; a command that dies at once
stands in for a broken one. Small, fast test modules keep this cheap.
"""

import subprocess
import sys

from clearpy import differential
from clearpy.conformance import vm_tests


def conformance(*args, stand_in):
    env = differential.environment({differential.CLEARPY_COMMAND_VARIABLE: stand_in})
    return subprocess.run([sys.executable, "-m", "clearpy", "conformance", "vm-tests", *args],
                          capture_output=True, text=True, env=env)


def test_cpython_standing_in_for_clearpy_passes_everything():
    result = conformance("test_unpack", "test_augassign", stand_in=sys.executable)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "test_unpack" in result.stdout and "test_augassign" in result.stdout
    assert "9 of 9 tests that pass under CPython pass under clearpy (100.0%" in result.stdout


def test_a_crashing_clearpy_loses_every_test_and_says_why():
    crash = (f"{sys.executable} -c \"import sys; print('clearpy: internal error', file=sys.stderr);"
             " sys.exit(70)\"")
    result = conformance("unpack", "--details", stand_in=crash)
    assert result.returncode == 1
    assert "internal error" in result.stdout
    assert "0 of 2 tests that pass under CPython pass under clearpy (0.0%" in result.stdout
    assert "missing" in result.stdout and "test.test_unpack.__test__.doctests" in result.stdout


def test_the_modules_are_those_of_issue_4():
    assert len(vm_tests.MODULES) == 25 == len(set(vm_tests.MODULES))
    assert {"test_grammar", "test_generators", "test_fstring", "test_types"} <= set(vm_tests.MODULES)


def test_a_module_comparison_counts_only_tests_passing_under_cpython():
    from clearpy.conformance.unittest_output import Report, TestOutcome

    def run(outcomes):
        return vm_tests.ModuleRun(Report({name: TestOutcome(status) for name, status in outcomes.items()},
                                         ran=len(outcomes), finished=True), "completed", 1.0)

    comparison = vm_tests.ModuleComparison(
        "test_x",
        run({"a": "ok", "b": "ok", "c": "skipped", "d": "expected failure", "e": "FAIL"}),
        run({"a": "ok", "b": "ERROR", "c": "ok", "d": "expected failure", "e": "ok"}))
    assert comparison.passing_under_cpython() == ["a", "b", "d"]
    assert comparison.passing_under_both() == ["a", "d"]
    assert comparison.not_passing_under_clearpy() == [("b", "ERROR", "")]
