"""Conformance sweeps: run one stage of clearpy and of CPython on the same files
and count where they agree.

Every stage has a module here (``tokens``, ``parse`` ...) with one function::

    def check(path: pathlib.Path) -> Outcome

that compares clearpy with CPython on one file. ``sweep`` runs it over many
files in parallel processes with a progress bar; ``print_report`` prints the
totals and the first difference of each mismatching file. Cases listed in
``clearpy/known_failures/<stage>.toml`` are counted as "known", never as
passing.
"""

import importlib
import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path

from clearpy.corpus import count_lines, relative_name
from clearpy.known_failures import known_failures

# Stage name -> module under clearpy.conformance. A stage appears once it exists.
STAGES: dict[str, str] = {
    "tokens": "clearpy.conformance.tokens",
    "parse": "clearpy.conformance.parse",
    "symtable": "clearpy.conformance.symtable",
    "backend": "clearpy.conformance.backend",
    "compile": "clearpy.conformance.compile",
    "codegen": "clearpy.conformance.codegen",
    "dis": "clearpy.conformance.dis",
    "dis-clearpy": "clearpy.conformance.dis_clearpy",
    "dis-end-to-end": "clearpy.conformance.dis_end_to_end",
    "vm-tests": "clearpy.conformance.vm_tests",
    "vm-programs": "clearpy.conformance.vm_programs",
    "compiler-tests": "clearpy.conformance.cpython_runs_clearpy_code",
}

IDENTICAL = "identical"
MISMATCH = "mismatch"


@dataclass(frozen=True)
class Outcome:
    """What one file gave: ``identical`` or ``mismatch`` with the first difference."""

    status: str
    detail: str = ""
    # For stages that compare several things in one file (code objects...):
    # (how many were identical, how many there were). Reported when non-zero.
    parts: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class FileResult:
    path: Path
    lines: int
    outcome: Outcome


def load_stage(stage: str):
    return importlib.import_module(STAGES[stage])


def _check_one(job: tuple[str, Path]) -> FileResult:
    stage, path = job
    checker = load_stage(stage)
    lines = count_lines(path.read_bytes())
    try:
        outcome = checker.check(path)
    except Exception as error:  # a crash in clearpy is a mismatch, with its cause
        outcome = Outcome(MISMATCH, f"clearpy crashed: {type(error).__name__}: {error}")
    return FileResult(path, lines, outcome)


def sweep(stage: str, files: list[Path], jobs: int | None = None) -> list[FileResult]:
    """Check every file, ``jobs`` processes at a time, showing a progress bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    jobs = jobs or os.cpu_count() or 1
    work = [(stage, Path(path)) for path in files]
    results = []
    columns = (TextColumn(f"[bold]{stage}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[mismatches]} mismatched"), TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task(stage, total=len(work), mismatches=0)
        mismatches = 0
        if jobs == 1:
            produced = map(_check_one, work)
            pool = None
        else:
            pool = multiprocessing.get_context("fork").Pool(jobs)
            produced = pool.imap_unordered(_check_one, work, chunksize=4)
        try:
            for result in produced:
                results.append(result)
                mismatches += result.outcome.status != IDENTICAL
                progress.update(task, advance=1, mismatches=mismatches)
        finally:
            if pool is not None:
                pool.terminate()
    results.sort(key=lambda result: result.path)
    return results


def print_report(stage: str, results: list[FileResult], seconds: float | None = None,
                 show: int = 50) -> bool:
    """Print the totals and each mismatch; return True when nothing unexpected differs."""
    known = known_failures(stage)
    identical = [r for r in results if r.outcome.status == IDENTICAL]
    differing = [r for r in results if r.outcome.status != IDENTICAL]
    listed = [r for r in differing if relative_name(r.path) in known]
    unexpected = [r for r in differing if relative_name(r.path) not in known]
    print(f"{stage}: {len(results)} files, {sum(r.lines for r in results):,} lines")
    print(f"  identical:  {len(identical)}")
    print(f"  mismatched: {len(unexpected)}")
    print(f"  known failures: {len(listed)} (listed in known_failures/{stage}.toml)")
    identical_parts = sum(r.outcome.parts[0] for r in results)
    total_parts = sum(r.outcome.parts[1] for r in results)
    if total_parts:
        part_name = getattr(load_stage(stage), "PART_NAME", "parts")
        print(f"  {part_name}: {identical_parts:,} of {total_parts:,} identical "
              f"({100 * identical_parts / total_parts:.2f}%)")
    if seconds is not None:
        print(f"  time: {seconds:.1f} s")
    for result in listed:
        print(f"  KNOWN {relative_name(result.path)}: {known[relative_name(result.path)]}")
    for result in unexpected[:show]:
        print(f"  DIFF  {relative_name(result.path)}: {result.outcome.detail}")
    if len(unexpected) > show:
        print(f"  ... and {len(unexpected) - show} more")
    return not unexpected


def run(stage: str, files: list[Path], jobs: int | None = None, show: int = 50) -> bool:
    """Sweep and report; return True when every file agrees or is a known failure."""
    start = time.perf_counter()
    results = sweep(stage, files, jobs)
    return print_report(stage, results, time.perf_counter() - start, show)
