"""``clearpy bench compile``: the compiler's speed against CPython's, in one run.

Three measurements over the same files:

* **from AST**: the compiler alone. Every file is parsed beforehand (not
  timed); clearpy runs its whole compiler on the tree (constant folding,
  symbol tables, code generation, CFG optimizer, assembler), CPython runs
  ``compile(tree)``. clearpy's time is also split by stage.
* **from source**: the whole pipeline, ``clearpy.compile(source)`` against
  ``compile(source)``, tokenizing and parsing included (with the parser
  ``clearpy.compile`` currently uses).
* **second run**: what the ``.pyc`` cache saves. The code objects of the
  "from source" run are written as cache files (not timed) next to copies of
  the sources; loading them back (``load_or_compile`` finding a fresh file)
  is timed against compiling the source again.

Every figure is given in CPU time (``time.process_time``: what the work
costs, barely disturbed by other processes on a busy machine) and in wall
time. Targets: from AST at least 30,000 lines/s, from source at least 10,000.
"""

import ast
import gc
import importlib.machinery
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

from clearpy.bench import read_sources
from clearpy.bytecode.compilers import Compiler
from clearpy.bytecode.pyc_cache import load_or_compile
from clearpy.compiler.ast_optimizer import optimize as fold_constants
from clearpy.compiler.backend import optimize_and_assemble
from clearpy.compiler.code_generator import generate_code
from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.compiler.compile import parse_future
from clearpy.compiler.recursion import collector_paused, deep_recursion
from clearpy.compiler.symtable import build_symtable
from clearpy.corpus import corpus_files, corpus_sample, relative_name

TARGET_FROM_AST = 30_000
TARGET_FROM_SOURCE = 10_000
STAGES = ("constant folding", "symbol tables", "code generation", "back end")


class Times:
    """CPU and wall seconds, added up over many timed pieces of work."""

    __slots__ = ("cpu", "wall")

    def __init__(self):
        self.cpu = 0.0
        self.wall = 0.0

    def time(self, work, *args, **kwargs):
        """Run ``work(*args, **kwargs)``, add its time, return its result."""
        cpu, wall = time.process_time(), time.perf_counter()
        result = work(*args, **kwargs)
        self.cpu += time.process_time() - cpu
        self.wall += time.perf_counter() - wall
        return result


def _compilable(sources):
    """The sources CPython compiles (a few corpus files are deliberately invalid)."""
    kept = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for source in sources:
            try:
                compile(source.data, str(source.path), "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                continue
            kept.append(source)
    return kept


def _progress(label: str, total: int):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), transient=True)
    return progress, progress.add_task(label, total=total)


def _clearpy_compile_tree(tree, filename: str, stages: dict[str, Times]):
    """``compile_tree(tree, filename)``, each stage timed into ``stages``.

    The same steps as ``clearpy.compiler.compile.compile_tree``. The back end
    runs once per code unit, called by code generation as each unit is
    finished, so its time is taken inside the ``assemble`` function handed to
    code generation and taken off code generation's.
    """
    back_end = stages["back end"]

    def timed_assemble(*args):
        return back_end.time(optimize_and_assemble, *args)

    future = parse_future(tree, filename)
    flags = future.features
    optimize = sys.flags.optimize
    with deep_recursion(), collector_paused():
        stages["constant folding"].time(fold_constants, tree, optimize, flags)
        symbols = stages["symbol tables"].time(build_symtable, tree, filename, future)
        before = back_end.cpu, back_end.wall
        code = stages["code generation"].time(generate_code, tree, symbols, filename, future,
                                              flags, optimize, timed_assemble)
    stages["code generation"].cpu -= back_end.cpu - before[0]
    stages["code generation"].wall -= back_end.wall - before[1]
    return code


def _time_from_trees(sources):
    """(CPython's Times, clearpy's Times, clearpy's Times by stage) compiling each tree.

    Parsing is not timed. Each tree is made just before it is compiled and
    dropped after, as when a program is compiled: keeping all the corpus's
    trees alive at once would make every run of Python's cycle collector
    (clearpy allocates Python objects, CPython's compiler does not) walk
    millions of nodes. The two compilers take turns file by file, so that a
    change of load on the machine touches both alike.
    """
    cpython, clearpy = Times(), Times()
    stages = {stage: Times() for stage in STAGES}
    progress, task = _progress("compile(tree): CPython and clearpy", len(sources))
    with progress:
        for source in sources:
            name = str(source.path)
            tree = ast.parse(source.data, name)
            gc.collect()
            cpython.time(compile, tree, name, "exec", 0, True)
            tree = ast.parse(source.data, name)
            gc.collect()
            clearpy.time(_clearpy_compile_tree, tree, name, stages)
            del tree
            progress.advance(task)
    return cpython, clearpy, stages


def _time_from_source(sources, directory: Path):
    """(CPython's Times, clearpy's Times, copies) compiling each source.

    Each source is copied under ``directory`` and compiled under the copy's
    name; clearpy's code is written as the copy's cache file (not timed).
    """
    cpython, clearpy = Times(), Times()
    copies = []
    progress, task = _progress("compile(source): CPython and clearpy", len(sources))
    with progress:
        for source in sources:
            copy = directory / relative_name(source.path)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source.path, copy)
            name = str(copy)
            gc.collect()
            cpython.time(compile, source.data, name, "exec", 0, True)
            gc.collect()
            code = clearpy.time(clearpy_compile, source.data, name, "exec", 0, True)
            _write_cache(copy, code)
            copies.append(copy)
            progress.advance(task)
    return cpython, clearpy, copies


def _write_cache(copy: Path, code) -> None:
    """Write the cache file of ``copy`` holding ``code``, as clearpy's importer would
    (the compiler handed to ``load_or_compile`` is "clearpy", its work already done)."""
    already_compiled = Compiler("clearpy", lambda *args, **kwargs: code)
    load_or_compile(copy, already_compiled, write=True, pycache_prefix=None)


def _time_second_run(copies):
    """(clearpy's Times, CPython's Times) loading every module's code from its cache file.

    CPython's importer (``SourceFileLoader.get_code``) writes its own cache
    files first (not timed), then reads them back (timed), for reference.
    """
    def must_not_compile(*args, **kwargs):
        raise RuntimeError("the cache file should have been used")

    cached_only = Compiler("clearpy", must_not_compile)
    sys.dont_write_bytecode = False  # CPython's importer must write its files too
    clearpy, cpython = Times(), Times()
    progress, task = _progress("second run: loading the .pyc files", len(copies))
    with progress:
        for copy in copies:
            loader = importlib.machinery.SourceFileLoader("module", str(copy))
            loader.get_code("module")
            gc.collect()
            cpython.time(loader.get_code, "module")
            clearpy.time(load_or_compile, copy, cached_only, -1, write=False,
                         pycache_prefix=None)
            progress.advance(task)
    return clearpy, cpython


def _print_comparison(title: str, lines: int, clearpy: Times, cpython: Times,
                      target: int | None = None) -> None:
    print(f"{title}: {lines:,} lines")
    print(f"  {'':9} {'CPU s':>8} {'lines/s':>10}   {'wall s':>8} {'lines/s':>10}")
    for name, times in (("CPython", cpython), ("clearpy", clearpy)):
        print(f"  {name + ':':9} {times.cpu:8.2f} {lines / times.cpu:10,.0f}   "
              f"{times.wall:8.2f} {lines / times.wall:10,.0f}")
    print(f"  ratio:    clearpy takes {clearpy.cpu / cpython.cpu:.2f}x CPython's CPU time "
          f"({clearpy.wall / cpython.wall:.2f}x its wall time)")
    if target is not None:
        met = lines / clearpy.cpu >= target
        print(f"  target:   {target:,} lines/s (CPU): {'met' if met else 'NOT met'}")


def _print_stages(lines: int, stages: dict[str, Times]) -> None:
    total = sum(times.cpu for times in stages.values())
    print("  clearpy by stage (CPU):")
    for stage, times in stages.items():
        print(f"    {stage:17} {times.cpu:8.2f} s {times.cpu / total:6.1%} "
              f"{lines / times.cpu:12,.0f} lines/s")


def _print_second_run(lines: int, compiled: Times, cached: Times, cpython_compiled: Times,
                      cpython_cached: Times) -> None:
    print(f"second run (the .pyc cache): {lines:,} lines")
    for name, first, second in (("clearpy", compiled, cached),
                                ("CPython", cpython_compiled, cpython_cached)):
        print(f"  {name}: compiling the sources {first.cpu:7.2f} s CPU, loading the .pyc files "
              f"{second.cpu:5.2f} s: saves {first.cpu - second.cpu:7.2f} s "
              f"({1 - second.cpu / first.cpu:.1%}, {first.cpu / second.cpu:.0f}x faster)")
    print(f"  loading the .pyc files, clearpy takes {cached.cpu / cpython_cached.cpu:.2f}x "
          "CPython's importer's CPU time")


def run(args, rest) -> int:
    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sources = _compilable(read_sources(files))
    lines = sum(source.lines for source in sources)
    warnings.simplefilter("ignore")

    cpython, clearpy, stages = _time_from_trees(sources)
    _print_comparison("compile from AST (compiler alone)", lines, clearpy, cpython,
                      TARGET_FROM_AST)
    _print_stages(lines, stages)

    with tempfile.TemporaryDirectory(prefix="clearpy-bench-compile-") as directory:
        cpython, clearpy, copies = _time_from_source(sources, Path(directory))
        _print_comparison("compile from source (whole pipeline)", lines, clearpy, cpython,
                          TARGET_FROM_SOURCE)
        cached, cpython_cached = _time_second_run(copies)
    _print_second_run(lines, clearpy, cached, cpython, cpython_cached)
    return 0
