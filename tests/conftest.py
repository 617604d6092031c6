"""What the whole test run shares: one bytecode cache for the programs it starts.

``clearpy run`` compiles with clearpy's own compiler, written in Python, and
caches the code of every module it imports in ``.pyc`` files, as CPython does.
Many tests start ``clearpy run`` (or ``python3.12``) in a subprocess, and each
of those programs imports standard library modules: without a cache, every
run would compile them all again. And this environment may turn the cache off
(``PYTHONDONTWRITEBYTECODE``), which clearpy honours, as CPython does.

So the test run makes one cache directory of its own, fresh each session (no
file made by an older version of clearpy's compiler can be served), and gives
it to every program it starts, through ``PYTHONPYCACHEPREFIX``, with writing
allowed. The first run compiles; the others read. Nothing is written next to
the sources (the standard library's ``__pycache__`` stays untouched), and the
directory is removed at the end. The xdist workers, started after this runs in
the controlling process, inherit the same directory. clearpy's own caches (the
frozen modules' code, the CPython hook's cache: ``clearpy.own_caches``) go
there too, rather than in the user's ``~/.cache/clearpy``.

Tests about the cache itself set their own environment.
"""

import os
import shutil
import tempfile

from clearpy import own_caches

SESSION_CACHE = "CLEARPY_TEST_SESSION_PYCACHE"   # set once the directory exists


def pytest_configure(config):
    if os.environ.get(SESSION_CACHE):
        return    # an xdist worker: the controlling process made the directory
    directory = tempfile.mkdtemp(prefix="clearpy-test-pycache-")
    config._clearpy_session_cache = directory
    os.environ[SESSION_CACHE] = directory
    os.environ["PYTHONPYCACHEPREFIX"] = directory
    os.environ[own_caches.ROOT_VARIABLE] = directory
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def pytest_unconfigure(config):
    directory = getattr(config, "_clearpy_session_cache", None)
    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)
        for name in (SESSION_CACHE, "PYTHONPYCACHEPREFIX", own_caches.ROOT_VARIABLE):
            os.environ.pop(name, None)
