"""Which instructions start a line: CPython 3.12's rules for ``LINE`` events.

A debugger stepping "line by line" needs to know when a new line starts. It
is not simply "the line number changed": a loop on one line runs the same
line again and again, and a jump back to the start of a loop starts its line
anew. CPython 3.12 decides once per code object which instructions *may*
start a line (``initialize_lines`` in Python/instrumentation.c):

- an instruction whose line differs from the previous instruction's in the
  code (except ``RESUME``, ``END_FOR``, ``END_SEND`` and ``END_ASYNC_FOR``,
  which never start a line: the last three are skipped by the jumps around
  them);
- the target of a jump (for ``FOR_ITER`` and ``SEND``, the instruction after
  the ``END_FOR``/``END_SEND`` they jump over), if it has a line;
- the start of an exception handler, if it has a line.

Then, when such an instruction runs, the ``LINE`` event fires unless the
instruction run just before it in the same frame was on the same line (a
loop on one line does not report its line again), with one exception: right
after ``RESUME`` the line is always reported.

Nothing before the first ``RESUME`` (``MAKE_CELL``, ``COPY_FREE_VARS``,
``RETURN_GENERATOR``) is ever traced.
"""

from clearpy.bytecode.exception_table import decode_exception_table

_NEVER_START = {"RESUME", "END_FOR", "END_SEND", "END_ASYNC_FOR"}
_JUMPS = {"POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE",
          "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"}
_JUMPS_OVER_END = {"FOR_ITER", "SEND"}


def first_traceable(code) -> int:
    """The index of the first RESUME: nothing before it is traced."""
    for site in code.sites:
        if site.name == "RESUME":
            return site.index
    return 0


def line_starts(code) -> list:
    """For each instruction of ``code`` (a VMCode): may it start a line?"""
    sites = code.sites
    starts = [False] * len(sites)
    current_line = object()
    first = first_traceable(code)
    for site in sites[first:]:
        if site.name in _NEVER_START:
            continue
        line = site.line
        if line != current_line and line is not None:
            starts[site.index] = True
        current_line = line
    for site in sites[first:]:
        target = None
        if site.name in _JUMPS:
            target = site.target
        elif site.name in _JUMPS_OVER_END and site.target is not None:
            target = site.target + 1
        if target is not None and target < len(sites) and sites[target].line is not None:
            starts[target] = True
    for entry in decode_exception_table(code.co.co_exceptiontable):
        target = code.index_of_offset.get(entry.target)
        if target is not None and target >= first and sites[target].line is not None:
            starts[target] = True
    return starts
