"""Which instruction a fused block is at (see vm/fusion.py).

A fused block runs several instructions in one host function, whose source
has each instruction on lines of its own. The block's globals hold a table
from line number to instruction index under ``LINES_KEY``, so the host's own
record of where a function is (a traceback entry's ``tb_lineno``, a running
frame's ``f_lineno``) says which instruction it is at.
"""

# The key, in a block's globals, of its table from line number to instruction index.
LINES_KEY = "__clearpy_block_lines__"


def instruction_that_raised(pc: int, error: BaseException) -> int:
    """The index of the instruction that raised ``error`` while the eval loop
    ran ``ops[pc]``: ``pc`` itself, unless that was a fused block."""
    tb = error.__traceback__
    if tb is not None:
        tb = tb.tb_next   # the entry after the eval loop's own: the handler's
        if tb is not None:
            lines = tb.tb_frame.f_globals.get(LINES_KEY)
            if lines is not None:
                return lines[tb.tb_lineno]
    return pc


def live_block_position(host_frame, frame):
    """The instruction a running block of ``frame`` is at, if ``host_frame``
    is that block's host frame; else None."""
    lines = host_frame.f_globals.get(LINES_KEY)
    if lines is not None and host_frame.f_locals.get("frame") is frame:
        return lines[host_frame.f_lineno]
    return None
