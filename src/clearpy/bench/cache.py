"""``clearpy bench cache``: what the bytecode cache saves on a second run.

Loading a module means getting its code object. The first time, the source
is compiled and the ``.pyc`` written ("cold"); the second time, the ``.pyc``
is read back ("warm"). This benchmark copies corpus files into a temporary
directory and loads every one of them cold, then warm:

- with CPython's own importer (``SourceFileLoader.get_code``, its
  ``cpython-312.pyc`` files): the reference;
- with clearpy's cache (``load_or_compile``) and CPython's compiler;
- with clearpy's cache and clearpy's compiler, once it exists.

It prints the time of each, what the warm cache saves, and how clearpy's
warm load compares with CPython's.
"""

import argparse
import importlib.machinery
import os
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

from clearpy.bench import read_sources
from clearpy.bytecode.compilers import clearpy_compiler, clearpy_compiler_available, cpython_compiler
from clearpy.bytecode.pyc_cache import load_or_compile
from clearpy.corpus import corpus_files, corpus_sample, relative_name


def copy_corpus(files, directory: Path) -> list[Path]:
    """Copy the files (keeping their times) under ``directory``; only those CPython compiles."""
    copies = []
    for source in read_sources(files):
        try:
            compile(source.data, str(source.path), "exec")
        except (SyntaxError, ValueError):
            continue
        copy = directory / relative_name(source.path)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source.path, copy)
        copies.append(copy)
    return copies


def time_loads(label: str, paths: list[Path], load) -> float:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), transient=True) as progress:
        task = progress.add_task(label, total=len(paths))
        start = time.perf_counter()
        for path in paths:
            load(path)
            progress.advance(task)
        return time.perf_counter() - start


def cpython_get_code(path: Path):
    return importlib.machinery.SourceFileLoader("module", str(path)).get_code("module")


def clearpy_loader(compiler, expect_cache: bool):
    def load(path: Path):
        _code, outcome = load_or_compile(path, compiler, write=True)
        if outcome.used_cache != expect_cache:
            raise RuntimeError(f"{path}: {outcome.describe()}")
    return load


def run(args, rest) -> int:
    parser = argparse.ArgumentParser(prog="clearpy bench cache")
    parser.add_argument("--clearpy-sample", type=int, default=40, metavar="N",
                        help="files to load with clearpy's own (slow) compiler (default 40)")
    options = parser.parse_args(rest)
    warnings.simplefilter("ignore")  # SyntaxWarnings of odd corpus files are not the point here
    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sys.dont_write_bytecode = False  # CPython's importer must write its files too
    rows = []
    with tempfile.TemporaryDirectory(prefix="clearpy-bench-cache-") as directory:
        paths = copy_corpus(files, Path(directory))
        lines = sum(len(path.read_bytes().splitlines()) for path in paths)
        print(f"cache: {len(paths)} files, {lines:,} lines, each loaded cold (compile and write "
              f"the .pyc) then warm (read the .pyc)")
        cold = time_loads("CPython importer, cold", paths, cpython_get_code)
        warm = time_loads("CPython importer, warm", paths, cpython_get_code)
        rows.append(("CPython's importer and compiler", len(paths), cold, warm))
        compiler = cpython_compiler()
        cold = time_loads("clearpy cache, cold", paths, clearpy_loader(compiler, False))
        warm = time_loads("clearpy cache, warm", paths, clearpy_loader(compiler, True))
        rows.append(("clearpy's cache, CPython's compiler", len(paths), cold, warm))
        if clearpy_compiler_available():
            some = paths[:options.clearpy_sample]
            for path in some:
                os.remove(load_or_compile(path, compiler, write=False)[1].cache_path)
            compiler = clearpy_compiler()
            cold = time_loads("clearpy compiler, cold", some, clearpy_loader(compiler, False))
            warm = time_loads("clearpy compiler, warm", some, clearpy_loader(compiler, True))
            rows.append(("clearpy's cache, clearpy's compiler", len(some), cold, warm))
        else:
            print("  (clearpy's own compiler is not available yet: its row is missing)")
    print(f"  {'':38} {'files':>6} {'cold':>9} {'warm':>9} {'saved':>7} {'speed-up':>9}")
    for name, count, cold, warm in rows:
        print(f"  {name:38} {count:6} {cold:8.2f}s {warm:8.2f}s {1 - warm / cold:7.0%} "
              f"{cold / warm:8.1f}x")
    cpython_warm, clearpy_warm = rows[0][3], rows[1][3]
    print(f"  warm loads: clearpy's cache takes {clearpy_warm / cpython_warm:.2f}x the time of "
          "CPython's importer")
    return 0
