"""Benchmarks: clearpy and CPython doing the same work in the same run.

Speed is never asserted by timed tests; it is measured here and reported as a
ratio, so that both sides run on the same machine under the same load. Each
stage has a module here (``tokens``, ``parse`` ...) with ``run(args)``; the
helpers below do the timing, the progress display and the tables.
"""

import gc
import importlib
import multiprocessing
import resource
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from clearpy.corpus import count_lines

# Stage name -> module under clearpy.bench. A stage appears once it exists.
STAGES: dict[str, str] = {
    "tokens": "clearpy.bench.tokens",
    "parse": "clearpy.bench.parse",
    "compile": "clearpy.bench.compile",
    "backend": "clearpy.bench.backend",
    "vm": "clearpy.bench.vm",
    "cache": "clearpy.bench.cache",
}


def load_stage(stage: str):
    return importlib.import_module(STAGES[stage])


@dataclass(frozen=True)
class Source:
    path: Path
    data: bytes
    lines: int


def read_sources(files: Iterable[Path]) -> list[Source]:
    """Read every file into memory first, so disk time is not measured."""
    sources = []
    for path in files:
        data = Path(path).read_bytes()
        sources.append(Source(Path(path), data, count_lines(data)))
    return sources


def time_each(label: str, sources: list[Source], work: Callable[[Source], object],
              clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds spent running ``work`` on every source, with a progress bar.

    Exceptions from ``work`` are part of the work (CPython rejects a few corpus
    files) and are swallowed. The garbage collector runs before, not during.
    ``clock`` may be ``time.process_time`` to count CPU time only, which
    other processes on a busy machine do not disturb.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    gc.collect()
    total = 0.0
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), transient=True) as progress:
        task = progress.add_task(label, total=len(sources))
        for source in sources:
            start = clock()
            try:
                work(source)
            except Exception:
                pass
            total += clock() - start
            progress.advance(task)
    return total


def print_throughput(stage: str, lines: int, clearpy_seconds: float, cpython_seconds: float) -> None:
    """The standard two-line comparison: lines/s for each and the ratio."""
    ours = lines / clearpy_seconds
    theirs = lines / cpython_seconds
    print(f"{stage}: {lines:,} lines")
    print(f"  CPython: {cpython_seconds:8.2f} s  {theirs:12,.0f} lines/s")
    print(f"  clearpy: {clearpy_seconds:8.2f} s  {ours:12,.0f} lines/s")
    print(f"  ratio:   clearpy takes {clearpy_seconds / cpython_seconds:.2f}x CPython's time")


def _measure_in_child(connection, function, args):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    function(*args)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    connection.send((before, after))
    connection.close()


def peak_memory(function: Callable, *args) -> tuple[int, int]:
    """Run ``function(*args)`` in a fresh child process.

    Returns (peak resident bytes of the child before the call, peak after).
    The child starts as a fork of this process, so the first figure is the
    baseline and the second the high-water mark of the whole work.
    """
    parent, child = multiprocessing.get_context("fork").Pipe()
    process = multiprocessing.get_context("fork").Process(
        target=_measure_in_child, args=(child, function, args))
    process.start()
    before, after = parent.recv()
    process.join()
    return before * 1024, after * 1024  # ru_maxrss is in KiB on Linux
