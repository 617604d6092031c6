"""The conformance corpus: every ``.py`` file of the running CPython's stdlib.

clearpy measures every stage against the whole CPython 3.12 standard library,
``Lib/test`` included (1,740 files, 862,769 lines on CPython 3.12.1). Third
party packages installed into ``site-packages`` are not part of the stdlib and
are left out.
"""

import os
import random
import sysconfig
from functools import cache
from pathlib import Path


def stdlib_directory() -> Path:
    """Where the running CPython keeps its pure-Python standard library."""
    return Path(sysconfig.get_paths()["stdlib"])


@cache
def corpus_files() -> tuple[Path, ...]:
    """Every ``.py`` file under the stdlib directory, sorted, site-packages excluded."""
    root = stdlib_directory()
    found = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d != "site-packages")
        found.extend(Path(directory, name) for name in files if name.endswith(".py"))
    return tuple(sorted(found))


def corpus_sample(size: int, seed: int = 312) -> list[Path]:
    """A reproducible random sample of ``size`` corpus files (all of them if fewer)."""
    files = list(corpus_files())
    if size >= len(files):
        return files
    return sorted(random.Random(seed).sample(files, size))


def relative_name(path: Path) -> str:
    """A corpus file's name relative to the stdlib directory, e.g. ``test/test_grammar.py``."""
    try:
        return Path(path).relative_to(stdlib_directory()).as_posix()
    except ValueError:
        return str(path)


def count_lines(source: bytes) -> int:
    """Lines as the corpus figures count them (``bytes.splitlines``)."""
    return len(source.splitlines())
