"""References clearpy's own VM holds that CPython would not.

clearpy's objects are the host's objects, so their reference counts are real
counts: every reference anything holds is in them, including those held by
clearpy's own machinery while it runs the program. Most of those stand for a
reference CPython would hold too: a frame's register for a local variable is
CPython's ``localsplus`` slot, a value on clearpy's value stack is one on
CPython's. A few do not, and the heap inspector takes them away so that the
counts it shows are the program's, as CPython 3.12 would count them:

- **arguments moved into a call.** When a function written in Python calls
  another (``CALL``), CPython 3.12 *moves* the function and its arguments from
  the caller's value stack into the new frame (``_PyEvalFramePushAndInit``
  steals the references, then the caller's stack shrinks): while the callee
  runs, the caller's stack no longer holds them. clearpy's caller keeps them
  in its registers until the call returns. ``moved_into_callee`` says how many
  values that is for a waiting frame; the snapshot neither shows them on the
  caller's stack nor counts them.

What remains different, and is explained rather than hidden: while a call
goes through host code (a class being instantiated runs ``type.__call__``,
then ``__init__``; ``sorted(key=f)`` calls ``f``), CPython's C code holds
references in its C variables and clearpy's handlers in their Python
variables, not always the same number. Reference counts of the values being
passed around such a call can differ by one or two; counts of everything
else are CPython's (``tests/memory/test_refcounts_against_cpython.py``).
"""

import types

from clearpy.vm.null import NULL

_CALLS = frozenset({"CALL"})


def moved_into_callee(frame, index: int) -> int:
    """How many values at the top of ``frame``'s stack CPython would have moved
    into the frame it is calling, while ``frame`` waits at instruction
    ``index`` for that call to return (0 if none)."""
    site = frame.code.sites[index]
    if site.name not in _CALLS:
        return 0
    count = site.oparg
    R = frame.R
    function = R[site.stack(count + 2)]
    if function is NULL:
        function = R[site.stack(count + 1)]
    if isinstance(function, types.MethodType):
        # CALL unpacks a bound method into its function and self first.
        function = function.__func__
    return count + 2 if _is_interpreted_function(function) else 0


def _is_interpreted_function(obj) -> bool:
    """A function of the program (CPython's PyFunction_Type), which CALL enters
    by pushing a frame, not through C code."""
    from clearpy.vm.function import Function

    return type(obj) is Function
