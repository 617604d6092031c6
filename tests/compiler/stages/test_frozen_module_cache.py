"""The modules CPython freezes are compiled once, into clearpy's own cache.

CPython carries the code of importlib's bootstrap (and ``zipimport``, ``os``...)
in its binary. ``clearpy run`` compiles them from the standard library's
sources with its own front end, once, and keeps the code in its own cache
(``clearpy.own_caches``), even when ``PYTHONDONTWRITEBYTECODE`` is set: that
setting is about the program's ``.pyc`` files, and these are clearpy's.
"""

import os
import subprocess
import sys

from clearpy import own_caches

PROGRAM = ("import _frozen_importlib, zipimport; "
           "print(_frozen_importlib._find_and_load.__code__.co_filename, "
           "zipimport.zipimporter.__init__.__code__.co_filename)")
EXPECTED = "<frozen importlib._bootstrap> <frozen zipimport>\n"


def run(cache_root, *options):
    environment = {**os.environ, own_caches.ROOT_VARIABLE: str(cache_root),
                   "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-m", "clearpy", "run", *options, "-c", PROGRAM],
                          capture_output=True, text=True, env=environment, timeout=300)


def cache_files(cache_root):
    return {path: path.stat().st_mtime_ns for path in (cache_root / "frozen").rglob("*.pyc")}


def test_frozen_modules_are_compiled_once_and_named_as_cpython_names_them(tmp_path):
    first = run(tmp_path)
    assert (first.returncode, first.stdout, first.stderr) == (0, EXPECTED, "")
    written = cache_files(tmp_path)
    names = {path.name for path in written}
    assert {"_bootstrap.clearpy-312.pyc", "_bootstrap_external.clearpy-312.pyc",
            "zipimport.clearpy-312.pyc"} <= names
    second = run(tmp_path)
    assert (second.returncode, second.stdout) == (0, EXPECTED)
    assert cache_files(tmp_path) == written     # read, not compiled and written again

