"""The tests of the bytecode cache itself.

The test session gives every program it starts one cache directory of its own
(``PYTHONPYCACHEPREFIX``, see tests/conftest.py). These tests are about where
and how cache files are written, so they and their programs run without that
prefix (an xdist worker, started with it, has it in ``sys.pycache_prefix``):
their ``.pyc`` files go into ``__pycache__`` next to their (temporary) sources,
as a user's do.
"""

import sys

import pytest


@pytest.fixture(autouse=True)
def without_the_sessions_cache_prefix(monkeypatch):
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
