"""The running conditions of a compilation: recursion room, and a paused garbage collector.

Recursion room
--------------

The compiler's passes are recursive functions, one call (or two) per level of
nesting, like CPython's C functions. Python's default recursion limit (1000
frames) is far below the nesting CPython accepts (about 3000 levels, see
``ast_optimizer.RECURSION_LIMIT``), so each pass raises the limit while it
runs. Since Python 3.11 a call from Python to Python code does not use the C
stack, so a higher limit is safe.

A paused garbage collector
--------------------------
Compiling allocates a great many small objects (instructions, locations,
labels) that live until the code object is built. Each allocation counts
towards the cycle collector's next run, and each run walks every live object
of the program, all the syntax trees of a big compilation included: the
collector then takes a third of the compiler's time, to find nothing (the
compiler's objects die by reference counting). ``collector_paused`` stops it
for the duration of one compilation; anything it would have found is
collected at its next run.
"""

import gc
import sys
from contextlib import contextmanager

FRAMES_NEEDED = 30_000


@contextmanager
def deep_recursion():
    """Raise the recursion limit to ``FRAMES_NEEDED`` (if lower) for the block."""
    previous = sys.getrecursionlimit()
    if previous < FRAMES_NEEDED:
        sys.setrecursionlimit(FRAMES_NEEDED)
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


@contextmanager
def collector_paused():
    """Disable the cycle collector for the block (speed only, see the module docstring)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
