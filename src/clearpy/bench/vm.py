"""``clearpy bench vm``: the benchmark programs under python3.12 and ``clearpy run``.

Each program in ``benchmarks/`` (top level of the repository) is a small,
complete Python program in the style of the classic interpreter benchmarks
(nbody, richards, ...) or a micro-benchmark of one feature (calls, attribute
access, exceptions, operator dunders). Each takes one argument, its size
(how many times its workload runs; the default, ``DEFAULT_SIZE`` in the
program, takes 0.5-2 s under CPython), and prints a checksum of what it
computed, so that speed is only compared when the answers agree.

For every program, in the same run, this command times the whole process
(start-up included) under both sides, keeps the best of ``--repeat`` wall
times, checks that both printed the same thing, and prints the ratio
clearpy/CPython and the geometric mean of the ratios. It also times
``clearpy run examples/hello.py`` against ``python3.12 examples/hello.py``:
the start-up cost a user pays for every program. Times are of the steady
state: each program runs once, untimed, before it is timed, filling a cache
of compiled modules that this run owns (``use_a_warm_cache``), so what is
timed reads the ``.pyc`` files of what it imports, as a user's second run does.

    clearpy bench vm                          every benchmark at its default size
    clearpy bench vm --only nbody --size 5    one benchmark, a chosen size
    clearpy bench vm --scale 0.1 --repeat 1   every benchmark, a tenth of the work
"""

import argparse
import dataclasses
import math
import os
import re
import resource
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from clearpy import differential

REPOSITORY = Path(__file__).resolve().parents[3]
BENCHMARKS = REPOSITORY / "benchmarks"
HELLO = REPOSITORY / "examples" / "hello.py"
HELLO_TARGET_SECONDS = 0.5  # issue 4: `clearpy run examples/hello.py` in under 0.5 s

_DEFAULT_SIZE = re.compile(r"^DEFAULT_SIZE = (\d+)\s*(#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class Benchmark:
    name: str
    path: Path
    default_size: int


@dataclass
class Timing:
    """The best wall time of each side and whether their outputs agreed."""

    name: str
    size: int
    cpython: float
    clearpy: float
    problem: str = ""  # why the outputs cannot be compared, if they cannot

    @property
    def ratio(self) -> float:
        return self.clearpy / self.cpython


def benchmarks() -> list[Benchmark]:
    """Every benchmark program, found by the ``DEFAULT_SIZE = N`` line it must have."""
    found = []
    for path in sorted(BENCHMARKS.glob("*.py")):
        match = _DEFAULT_SIZE.search(path.read_text(encoding="utf-8"))
        if match:
            found.append(Benchmark(path.stem, path, int(match[1])))
    return found


def _problem(expected: differential.Run, got: differential.Run, side: str) -> str:
    """Why ``got`` cannot be compared with the reference run, or ''."""
    if got.returncode != 0:
        last = got.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return f"{side} {differential.describe_status(got.returncode)}: {last[0]}"
    if got.stdout != expected.stdout:
        return f"{side} printed {got.stdout[:60]!r}, CPython {expected.stdout[:60]!r}"
    return ""


def run_timed(command: list[str], arguments: list[str], cwd: Path, timeout: float,
              cpu: bool) -> differential.Run:
    """One run; with ``cpu``, its ``seconds`` are the child's user + system CPU time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = differential.run(command, arguments, cwd=cwd, timeout=timeout)
    if not cpu:
        return result
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return dataclasses.replace(result, seconds=seconds)


def time_program(path: Path, arguments: list[str], repeat: int, timeout: float,
                 advance=lambda: None, cpu: bool = False
                 ) -> tuple[differential.Run, differential.Run, str]:
    """Best-of-``repeat`` runs of a program under both sides, alternating them."""
    best = {}
    problem = ""
    reference = None
    sides = (("CPython", differential.cpython_command()),
             ("clearpy", differential.clearpy_command()))
    for _ in range(repeat):
        for side, command in sides:
            result = run_timed(command, [str(path), *arguments], path.parent, timeout, cpu)
            advance()
            reference = reference or result
            problem = problem or _problem(reference, result, side)
            if side not in best or result.seconds < best[side].seconds:
                best[side] = result
            if problem:
                return best.get("CPython", result), best.get("clearpy", result), problem
    return best["CPython"], best["clearpy"], problem


def geometric_mean(values: list[float]) -> float:
    return math.exp(sum(map(math.log, values)) / len(values)) if values else float("nan")


def run(args, rest: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy bench vm",
        description="Run each benchmark program under python3.12 and under clearpy run in "
                    "the same run; print each ratio, the geometric mean, and the start-up time "
                    "of hello.py.")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="run only this benchmark (may be given several times)")
    parser.add_argument("--size", type=int, metavar="S",
                        help="the size given to every benchmark run (default: each one's own)")
    parser.add_argument("--scale", type=float, default=1.0, metavar="F",
                        help="multiply each benchmark's default size by F (default 1)")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="keep the best of N wall times (default 3)")
    parser.add_argument("--timeout", type=float, default=900.0, metavar="SECONDS",
                        help="give up on a run after this long (default 900)")
    parser.add_argument("--cpu", action="store_true",
                        help="compare CPU time (user + system) of the processes instead of "
                             "wall time: steadier when other work shares the machine")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    options = parser.parse_args(rest)

    chosen = benchmarks()
    if options.list:
        for benchmark in chosen:
            print(f"{benchmark.name:<24} default size {benchmark.default_size}")
        return 0
    if options.only:
        unknown = set(options.only) - {benchmark.name for benchmark in chosen}
        if unknown:
            parser.error(f"no benchmark named {', '.join(sorted(unknown))} "
                         "(see --list)")
        chosen = [benchmark for benchmark in chosen if benchmark.name in options.only]
    repeat = max(1, options.repeat)

    print(differential.describe_clearpy_side())
    if not differential.clearpy_is_replaced():
        compile_clearpy_itself()
    cache = use_a_warm_cache()
    clock = "CPU time" if options.cpu else "wall time"
    timings = measure(chosen, options.size, options.scale, repeat, options.timeout, options.cpu)
    hello_cpython, hello_clearpy, hello_problem = measure_hello(repeat, options.timeout, options.cpu)
    print_results(timings, hello_cpython, hello_clearpy, hello_problem, repeat, clock)
    shutil.rmtree(cache, ignore_errors=True)
    return 1 if any(timing.problem for timing in timings) or hello_problem else 0


def compile_clearpy_itself() -> None:
    """Compile clearpy's own modules into their ``__pycache__``, as installing a
    package does, so that start-up is timed as a user meets it. (An editable
    install compiles nothing, and with PYTHONDONTWRITEBYTECODE set nothing ever
    would: every run would compile clearpy's own source again.)"""
    import compileall

    import clearpy

    package = Path(clearpy.__file__).parent
    if not compileall.compile_dir(package, quiet=2):
        print(f"note: some of clearpy's modules in {package} could not be compiled")


def use_a_warm_cache() -> str:
    """Time the steady state a user meets: every module a program imports is
    compiled once, then read from its ``.pyc`` file.

    Both sides get one cache directory for this run (``PYTHONPYCACHEPREFIX``)
    with writing allowed, whatever ``PYTHONDONTWRITEBYTECODE`` says here, and
    each program runs once, untimed, before it is timed (``warm_up``): that run
    compiles and writes what the program imports, as a user's first run does.
    Returns the directory, to be removed at the end."""
    directory = tempfile.mkdtemp(prefix="clearpy-bench-pycache-")
    os.environ["PYTHONPYCACHEPREFIX"] = directory
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return directory


def warm_up(path: Path, arguments: list[str], timeout: float) -> None:
    """One untimed run of the program under both sides (see ``use_a_warm_cache``)."""
    for command in (differential.cpython_command(), differential.clearpy_command()):
        differential.run(command, [str(path), *arguments], cwd=path.parent, timeout=timeout)


def size_for(benchmark: Benchmark, size: int | None, scale: float) -> int:
    if size is not None:
        return size
    return max(1, round(benchmark.default_size * scale))


def measure(chosen: list[Benchmark], size: int | None, scale: float, repeat: int,
            timeout: float, cpu: bool = False) -> list[Timing]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    timings = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), transient=True) as progress:
        task = progress.add_task("benchmarks", total=len(chosen) * repeat * 2)
        for benchmark in chosen:
            progress.update(task, description=f"[bold]{benchmark.name}")
            chosen_size = size_for(benchmark, size, scale)
            warm_up(benchmark.path, ["1"], timeout)
            cpython, clearpy, problem = time_program(
                benchmark.path, [str(chosen_size)], repeat, timeout,
                advance=lambda: progress.advance(task), cpu=cpu)
            timings.append(Timing(benchmark.name, chosen_size, cpython.seconds,
                                  clearpy.seconds, problem))
            progress.console.print(_line(timings[-1]))
    return timings


def measure_hello(repeat: int, timeout: float, cpu: bool = False) -> tuple[float, float, str]:
    # Start-up is short and noisy: take the best of more runs than the benchmarks.
    warm_up(HELLO, [], timeout)
    cpython, clearpy, problem = time_program(HELLO, [], max(5, repeat), timeout, cpu=cpu)
    return cpython.seconds, clearpy.seconds, problem


def _line(timing: Timing) -> str:
    verdict = f"DIFFERS: {timing.problem}" if timing.problem else "same output"
    return (f"{timing.name:<16} {timing.cpython:6.3f} s {timing.clearpy:8.3f} s "
            f"{timing.ratio:7.1f}x  {verdict}")


def print_results(timings: list[Timing], hello_cpython: float, hello_clearpy: float,
                  hello_problem: str, repeat: int, clock: str = "wall time") -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"clearpy run vs python3.12 (best of {repeat}, {clock}, start-up included)")
    for heading in ("benchmark", "size", "CPython s", "clearpy s", "ratio", "output"):
        table.add_column(heading, justify="left" if heading in ("benchmark", "output") else "right")
    for timing in timings:
        table.add_row(timing.name, str(timing.size), f"{timing.cpython:.3f}",
                      f"{timing.clearpy:.3f}", f"{timing.ratio:.1f}x",
                      "differs" if timing.problem else "same")
    comparable = [timing.ratio for timing in timings if not timing.problem]
    table.add_section()
    table.add_row("geometric mean", "", "", "", f"{geometric_mean(comparable):.1f}x",
                  f"{len(comparable)} of {len(timings)}")
    console = Console()
    if not console.is_terminal:
        console = Console(width=120)
    console.print(table)
    for timing in timings:
        if timing.problem:
            print(f"{timing.name}: left out of the mean: {timing.problem}")
    print(f"geometric mean of {len(comparable)} ratios: {geometric_mean(comparable):.1f}x "
          "(issue 4 target: at most 30x)")
    ratio = hello_clearpy / hello_cpython
    verdict = "under" if hello_clearpy < HELLO_TARGET_SECONDS else "over"
    print(f"examples/hello.py ({clock}): python3.12 {hello_cpython:.3f} s, clearpy run "
          f"{hello_clearpy:.3f} s, ratio {ratio:.1f}x ({verdict} the {HELLO_TARGET_SECONDS} s target)"
          + (f"; {hello_problem}" if hello_problem else ""))
