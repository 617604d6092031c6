"""Room for walking deep syntax trees recursively.

The compiler's passes are recursive functions, one call (or two) per level of
nesting, like CPython's C functions. Python's default recursion limit (1000
frames) is far below the nesting CPython accepts (about 3000 levels, see
``ast_optimizer.RECURSION_LIMIT``), so each pass raises the limit while it
runs. Since Python 3.11 a call from Python to Python code does not use the C
stack, so a higher limit is safe.
"""

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
