"""``clearpy conformance vm-tests [MODULE...]``: CPython's own tests, run by clearpy.

The other conformance stages compare clearpy with CPython file by file
(``check(path)``). The virtual machine is judged differently: CPython ships a
test suite for the language itself (``Lib/test/test_grammar.py``,
``test_generators.py`` ...), and a Python implementation is as good as the
share of those tests it passes. So this stage does not fit ``check(path)``;
it has its own ``main(argv)``, which ``clearpy conformance`` hands the
command line to.

For each test module it runs, in fresh processes and a scratch directory::

    python3.12   -m unittest -v test.test_X
    clearpy run  -m unittest -v test.test_X

reads each test's outcome from the verbose output (see ``unittest_output``),
and reports per module: tests run, passed, failed, errors, skipped, and the
number that matters: of the tests that pass under CPython, how many pass under
clearpy (issue 4 asks for at least 95%). A run that crashes, times out or
hits a clearpy internal error loses the tests it never reported.

Test cases that are known to fail under clearpy are listed with their reason
in ``known_failures/vm_tests.toml`` and counted as known in every report.

The second side is a parameter (``side``: its name in reports, ``command``:
how to run it), so that other pairings reuse this harness: ``clearpy
conformance compiler-tests`` compares ``python3.12`` with CPython running
clearpy-compiled code (``cpython_runs_clearpy_code``).
"""

import argparse
import os
import tempfile
import threading
from dataclasses import dataclass, field

from clearpy import differential
from clearpy.conformance import unittest_output
from clearpy.known_failures import known_failures

# The modules issue 4 names, in its order.
MODULES = (
    "test_grammar", "test_opcodes", "test_scope", "test_class", "test_with", "test_unpack",
    "test_unpack_ex", "test_keywordonlyarg", "test_positional_only_arg",
    "test_named_expressions", "test_raise", "test_augassign", "test_decorators", "test_super",
    "test_funcattrs", "test_listcomps", "test_setcomps", "test_dictcomps", "test_genexps",
    "test_string_literals", "test_generators", "test_yield_from", "test_contextlib",
    "test_fstring", "test_types",
)

KNOWN_FAILURES = "vm_tests"  # known_failures/vm_tests.toml
KNOWN_FAILURES_HEADER = """
Test cases of CPython's own test modules (issue 4's list) that pass under
python3.12 but not under 'clearpy run -m unittest -v test.MODULE'. Each case is a
unittest test id. 'clearpy conformance vm-tests' counts them as known failures;
a listed test that passes again is reported so that its entry is removed.
Regenerate with 'clearpy conformance vm-tests --update-known-failures' (reasons
already written by hand are kept), then improve the new reasons by hand.
"""
REQUIRED_SHARE = 0.95  # of CPython-passing tests that must pass under clearpy (issue 4)
CPYTHON_TIMEOUT = 300.0  # seconds; these modules take under a second on CPython
INTERNAL_ERROR_MARK = "clearpy: internal error"
MISSING_SHOWN = 5  # tests listed by name when a run ended before reporting them


@dataclass
class ModuleRun:
    """One side's run of one test module."""

    report: unittest_output.Report
    status: str  # "completed", "internal error", "exit 70", "timed out", "killed by SIGSEGV"...
    seconds: float
    last_stderr_lines: list[str] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        return self.status == "completed"


@dataclass
class ModuleComparison:
    """A test module under both sides, and what differs."""

    module: str
    cpython: ModuleRun
    clearpy: ModuleRun

    def passing_under_cpython(self) -> list[str]:
        return sorted(test for test, outcome in self.cpython.report.outcomes.items()
                      if outcome.status in unittest_output.PASSING)

    def passing_under_both(self) -> list[str]:
        clearpy = self.clearpy.report.outcomes
        return [test for test in self.passing_under_cpython()
                if test in clearpy and clearpy[test].status == self.cpython.report.outcomes[test].status]

    def not_passing_under_clearpy(self) -> list[tuple[str, str, str]]:
        """(test id, clearpy's status or 'missing', why) for each lost test."""
        both = set(self.passing_under_both())
        lost = []
        for test in self.passing_under_cpython():
            if test in both:
                continue
            outcome = self.clearpy.report.outcomes.get(test)
            if outcome is None:
                lost.append((test, "missing", f"never reported: the run {self.clearpy.status}"
                             if not self.clearpy.completed else "never reported"))
            else:
                why = outcome.why or ("" if self.clearpy.completed
                                      else f"no failure report: the run {self.clearpy.status}")
                lost.append((test, outcome.status, why))
        return lost


def run_test_module(module: str, command: list[str], *, timeout: float,
                    on_status_line=lambda: None) -> ModuleRun:
    """Run ``command -m unittest -v test.MODULE`` in a scratch directory and read it."""
    def watch(line: str) -> None:
        if unittest_output.is_status_line(line):
            on_status_line()

    with tempfile.TemporaryDirectory(prefix=f"clearpy-{module}-") as scratch:
        result = differential.run_watching_stderr(
            command, ["-m", "unittest", "-v", f"test.{module}"], watch,
            cwd=scratch, timeout=timeout)
    stderr = result.stderr.decode("utf-8", "replace")
    report = unittest_output.parse(stderr)
    if INTERNAL_ERROR_MARK in stderr:
        status = "internal error"
    elif result.returncode in (0, 1) and report.finished:
        status = "completed"
    else:
        status = differential.describe_status(result.returncode)
        if result.timed_out:
            status = f"timed out after {timeout:.0f} s"
    return ModuleRun(report, status, result.seconds, stderr.splitlines()[-12:])


def compare_modules(modules: list[str], *, jobs: int, timeout: float, side: str = "clearpy",
                    command: list[str] | None = None, stage: str = "vm-tests",
                    ) -> list[ModuleComparison]:
    """Run every module under both sides, ``jobs`` modules at a time, with progress.

    The second side is called ``side`` and run with ``command`` (default:
    ``clearpy run``); ``stage`` names the progress bar.
    """
    from concurrent.futures import ThreadPoolExecutor

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    clearpy = command or differential.clearpy_command()
    cpython = differential.cpython_command()
    lock = threading.Lock()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), transient=False) as progress:
        overall = progress.add_task(f"[bold]{stage}: modules", total=len(modules))

        def compare(module: str) -> ModuleComparison:
            task = progress.add_task(f"  {module} under CPython", total=None)

            def advance():
                with lock:
                    progress.advance(task)

            theirs = run_test_module(module, cpython, timeout=CPYTHON_TIMEOUT,
                                     on_status_line=advance)
            progress.reset(task, description=f"  {module} under {side}",
                           total=max(len(theirs.report.outcomes), 1))
            ours = run_test_module(module, clearpy, timeout=timeout, on_status_line=advance)
            progress.remove_task(task)
            progress.advance(overall)
            return ModuleComparison(module, theirs, ours)

        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(compare, modules))


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def print_table(comparisons: list[ModuleComparison], known: dict[str, str], *,
                side: str = "clearpy", title: str = "python3.12 and clearpy run",
                ) -> tuple[int, int]:
    """The per-module table with totals; returns (passing under both, passing under CPython)."""
    from rich.console import Console
    from rich.table import Table

    r = unittest_output
    table = Table(title=f"CPython's test modules: {title}")
    headings = {"module": "", "CPy run": "tests CPython ran", "CPy pass": "passed under CPython",
                "run": f"tests {side} ran", "pass": "", "fail": "", "error": "", "skip": "",
                "both": "passing under both / under CPython", "%": "", "known": "",
                f"{side} run": f"how {side}'s run ended"}
    for heading in headings:
        table.add_column(heading, justify="left" if heading in ("module", f"{side} run")
                         else "right", no_wrap=True)
    totals = [0] * 9
    for comparison in comparisons:
        ours = comparison.clearpy.report
        theirs = comparison.cpython.report
        cpython_passing = comparison.passing_under_cpython()
        both = comparison.passing_under_both()
        lost = comparison.not_passing_under_clearpy()
        listed = sum(test in known for test, _, _ in lost)
        row = [ours.ran if ours.ran is not None else len(ours.outcomes),
               theirs.ran if theirs.ran is not None else len(theirs.outcomes),
               theirs.count(*r.PASSING), ours.count(*r.PASSING),
               ours.count(r.FAIL, r.UNEXPECTED_SUCCESS), ours.count(r.ERROR), ours.count(r.SKIPPED),
               len(both), len(cpython_passing)]
        totals = [total + value for total, value in zip(totals, row)]
        status = comparison.clearpy.status
        if not comparison.cpython.completed:
            status += f" (CPython: {comparison.cpython.status})"
        table.add_row(comparison.module, str(row[1]), str(row[2]), str(row[0]), str(row[3]),
                      str(row[4]), str(row[5]), str(row[6]), f"{row[7]}/{row[8]}",
                      _percent(row[7], row[8]), str(listed), status)
    table.add_section()
    known_total = sum(test in known for comparison in comparisons
                      for test, _, _ in comparison.not_passing_under_clearpy())
    table.add_row("total", str(totals[1]), str(totals[2]), str(totals[0]), str(totals[3]),
                  str(totals[4]), str(totals[5]), str(totals[6]), f"{totals[7]}/{totals[8]}",
                  _percent(totals[7], totals[8]), str(known_total), "")
    console = Console()
    if not console.is_terminal:
        console = Console(width=160)  # a log file: do not squeeze the table into 80 columns
    console.print(table)
    print("columns: " + "; ".join(f"{name}: {meaning}" for name, meaning in headings.items()
                                  if meaning))
    return totals[7], totals[8]


def print_details(comparisons: list[ModuleComparison], known: dict[str, str], *,
                  side: str = "clearpy") -> None:
    """Every test that passes under CPython but not under the second side, with why."""
    for comparison in comparisons:
        lost = comparison.not_passing_under_clearpy()
        if not lost and comparison.clearpy.completed:
            continue
        print(f"\n{comparison.module}: {len(lost)} of {len(comparison.passing_under_cpython())} "
              f"CPython-passing tests do not pass ({side} run {comparison.clearpy.status}, "
              f"{comparison.clearpy.seconds:.1f} s)")
        missing = [test for test, status, _ in lost if status == "missing"]
        for test, status, why in lost:
            if status == "missing" and len(missing) > MISSING_SHOWN and test not in missing[:MISSING_SHOWN]:
                continue
            mark = "KNOWN " if test in known else ""
            print(f"  {mark}{status:<18} {test}: {why}")
        if len(missing) > MISSING_SHOWN:
            print(f"  ... and {len(missing) - MISSING_SHOWN} more never reported")
        if not comparison.clearpy.completed:
            print("  last lines of stderr:")
            for line in comparison.clearpy.last_stderr_lines:
                print(f"    | {line}")


@dataclass(frozen=True)
class Pairing:
    """What python3.12 is compared with, and how the result is judged and named."""

    stage: str                  # "vm-tests": the conformance stage
    side: str                   # "clearpy": the second side's name in reports
    title: str                  # the table's title
    known_failures: str         # the known_failures/NAME.toml of this pairing
    known_failures_header: str
    requirement: str            # "issue 4 requires 95%"


VM_TESTS = Pairing("vm-tests", "clearpy", "python3.12 and clearpy run", KNOWN_FAILURES,
                   KNOWN_FAILURES_HEADER, f"issue 4 requires {REQUIRED_SHARE:.0%}")


def add_arguments(parser: argparse.ArgumentParser, pairing: Pairing = VM_TESTS) -> None:
    """The command-line arguments every pairing takes."""
    side = pairing.side
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help=f"test modules to run (default: the {len(MODULES)} of issue 4)")
    parser.add_argument("--details", action="store_true",
                        help=f"list every test that passes under CPython but not under {side}")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2, metavar="J",
                        help="modules to run at once (default: one per core)")
    parser.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS",
                        help=f"stop a module's {side} run after this long (default 600)")
    parser.add_argument("--update-known-failures", action="store_true",
                        help=f"rewrite known_failures/{pairing.known_failures}.toml to list exactly "
                             "the tests failing in this run (hand-written reasons are kept)")


def module_names(args: argparse.Namespace) -> list[str]:
    """The test modules asked for (``grammar`` means ``test_grammar``), or issue 4's."""
    modules = [name if name.startswith("test_") else f"test_{name}" for name in args.modules]
    return modules or list(MODULES)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy conformance vm-tests",
        description="Run CPython's own test modules with 'python3.12 -m unittest -v' and "
                    "with 'clearpy run -m unittest -v', and count how many of the tests "
                    "that pass under CPython pass under clearpy.")
    add_arguments(parser)
    args = parser.parse_args(argv)
    modules = module_names(args)

    print(differential.describe_clearpy_side())
    return compare_and_report(args, modules, differential.clearpy_command(), VM_TESTS)


def compare_and_report(args: argparse.Namespace, modules: list[str], command: list[str],
                       pairing: Pairing) -> int:
    """Run ``modules`` under python3.12 and ``command``, print the report, return the exit status."""
    side = pairing.side
    known = known_failures(pairing.known_failures)
    comparisons = compare_modules(modules, jobs=max(1, args.jobs), timeout=args.timeout,
                                  side=side, command=command, stage=pairing.stage)
    passing, cpython_passing = print_table(comparisons, known, side=side, title=pairing.title)
    if args.details:
        print_details(comparisons, known, side=side)

    lost = [test for comparison in comparisons
            for test, _, _ in comparison.not_passing_under_clearpy()]
    unexpected = [test for test in lost if test not in known]
    ran_modules = {comparison.module for comparison in comparisons}
    fixed = sorted(test for test in known
                   if test.split(".")[1:2] and test.split(".")[1] in ran_modules
                   and test not in lost)
    print(f"\n{passing} of {cpython_passing} tests that pass under CPython pass under {side} "
          f"({_percent(passing, cpython_passing)}; {pairing.requirement}): "
          f"{len(lost) - len(unexpected)} known failures, {len(unexpected)} unexpected.")
    if fixed:
        print(f"{len(fixed)} known failures now pass; remove them from "
              f"known_failures/{pairing.known_failures}.toml:")
        for test in fixed:
            print(f"  {test}")
    if unexpected and not args.details:
        print("Run with --details to see which tests and why.")
    if args.update_known_failures:
        from clearpy.conformance import known_failure_lists

        covered = {test for comparison in comparisons for test in comparison.passing_under_cpython()}
        failing = {test: f"{status}: {why}" if why else status for comparison in comparisons
                   for test, status, why in comparison.not_passing_under_clearpy()}
        path, added, removed = known_failure_lists.update(pairing.known_failures, covered, failing,
                                                          pairing.known_failures_header)
        print(f"{path}: {added} entries added, {removed} removed")
        return 0
    return 0 if not unexpected and not fixed else 1
