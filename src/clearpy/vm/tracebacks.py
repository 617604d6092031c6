"""Tracebacks for interpreted code, made of real host traceback objects.

The problem. Exceptions in clearpy are ordinary host exceptions, and a host
exception only accepts a real ``types.TracebackType`` as its
``__traceback__``; a real traceback only accepts a real host frame as its
``tb_frame``; and Python code cannot create a host frame that pretends to be
somewhere it is not. Yet the stdlib's ``traceback``, ``unittest`` and
``inspect`` must see tracebacks of *interpreted* frames, with the right file,
line and caret positions.

The solution: *carrier frames*. For an interpreted frame that an exception
passes through, clearpy makes a real host frame whose code object is a copy
("replica") of the interpreted code object: same file, name, line table and
positions, but with its first instruction replaced by ``RETURN_GENERATOR``
and flagged as a generator. Calling a function made from the replica creates
a generator without running a single instruction of the program, and that
generator's frame is a real host frame with the right ``f_code`` and
``f_globals``. A ``types.TracebackType(next, carrier, lasti, lineno)`` built on
it has the right ``tb_lasti`` and ``tb_lineno``, so CPython's own traceback
printer and the stdlib's ``traceback`` module print exactly what CPython would
print for the interpreted program, carets included.

Each carrier also remembers which interpreted ``Frame`` it stands for (an
entry in its ``f_locals``), so that ``tb.tb_frame`` can show interpreted
programs the interpreted frame, with its live ``f_back`` and ``f_locals``
(see ``attributes.py``).

While an exception travels through clearpy's own Python code, the host adds
traceback entries for clearpy's functions; the eval loop strips those (they
are not part of the program) before adding the entry of the interpreted
frame.
"""

import dis
import os
import types
import weakref

from clearpy.vm.null import NULL
from clearpy.vm.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS

# The key under which a carrier frame's f_locals remembers its interpreted frame.
FRAME_KEY = "<clearpy frame>"

_RETURN_GENERATOR = dis.opmap["RETURN_GENERATOR"]
_ITERABLE_COROUTINE = 0x0100

# Interpreted code object (by id) -> (weak ref to it, its replica).
_replicas: dict[int, tuple] = {}
# ids of the replica code objects, to recognise carrier frames.
_replica_ids: set[int] = set()


def replica_of(co: types.CodeType) -> types.CodeType:
    """A copy of ``co`` that, when called, makes a generator and runs nothing."""
    key = id(co)
    entry = _replicas.get(key)
    if entry is not None and entry[0]() is co:
        return entry[1]
    code = bytearray(co.co_code)
    code[0], code[1] = _RETURN_GENERATOR, 0
    flags = co.co_flags & ~(CO_VARARGS | CO_VARKEYWORDS | CO_COROUTINE | CO_ASYNC_GENERATOR
                            | _ITERABLE_COROUTINE)
    # Every local variable becomes a positional parameter, so that the carrier's
    # f_locals can show the values the variables had.
    # OPTIMIZED | NEWLOCALS: the carrier gets its own f_locals, even for module
    # and class code (whose frames would otherwise use the globals as locals).
    replica = co.replace(co_code=bytes(code), co_flags=flags | CO_GENERATOR | 0x0001 | 0x0002,
                         co_argcount=len(co.co_varnames), co_posonlyargcount=0,
                         co_kwonlyargcount=0, co_cellvars=(), co_freevars=())

    def forget(_, key=key, replica_id=id(replica)):
        _replicas.pop(key, None)
        _replica_ids.discard(replica_id)

    _replicas[key] = (weakref.ref(co, forget), replica)
    _replica_ids.add(id(replica))
    return replica


def carrier_of(frame) -> types.FrameType:
    """The host frame that stands for interpreted ``frame`` in tracebacks."""
    carrier = frame.carrier
    if carrier is None:
        co = frame.code.co
        function = types.FunctionType(replica_of(co), frame.globals, co.co_name)
        values = [None if value is NULL else value for value in frame.R[:len(co.co_varnames)]]
        carrier = function(*values).gi_frame
        carrier.f_locals[FRAME_KEY] = frame
        frame.carrier = carrier
    return carrier


def is_carrier(host_frame) -> bool:
    return id(host_frame.f_code) in _replica_ids


def frame_of_carrier(host_frame):
    """The interpreted frame a carrier stands for (or the host frame itself)."""
    if is_carrier(host_frame):
        frame = host_frame.f_locals.get(FRAME_KEY)
        if frame is not None:
            return frame
    return host_frame


def is_interpreted_entry(tb) -> bool:
    """Is this traceback entry one of an interpreted frame (not clearpy's own code)?"""
    return id(tb.tb_frame.f_code) in _replica_ids


def strip_internal_entries(tb):
    """Drop the traceback entries of clearpy's own host code from the head of ``tb``.

    Entries are added at the head as an exception travels outwards, so what
    clearpy's functions added since the exception last left interpreted code
    is all at the head.
    """
    while tb is not None and id(tb.tb_frame.f_code) not in _replica_ids:
        tb = tb.tb_next
    return tb


# Functions that are C functions in CPython (the _warnings accelerator) but
# run as warnings.py's Python code in clearpy: an exception they raise
# (``-W error`` turns a warning into one) gets no traceback entry for them,
# as it gets none for a C function in CPython.
_C_IN_CPYTHON = ("warn", "warn_explicit")
_WARNINGS_FILE = os.path.join(os.path.dirname(os.__file__), "warnings.py")  # the stdlib's


def add_entry(error: BaseException, frame, index: int) -> None:
    """Record that ``error`` passed through interpreted ``frame`` at instruction ``index``."""
    tb = strip_internal_entries(error.__traceback__)
    code = frame.code
    if code.name in _C_IN_CPYTHON and code.co.co_filename == _WARNINGS_FILE:
        error.__traceback__ = tb
        return
    line = code.lines[index]
    error.__traceback__ = types.TracebackType(
        tb, carrier_of(frame), code.sites[index].offset, line if line is not None else -1)


def clean_all(error: BaseException, seen=None) -> None:
    """Remove clearpy's own entries from every traceback reachable from ``error``.

    Used before printing an exception: the exception itself, its cause and
    context, and the members of exception groups.
    """
    if seen is None:
        seen = set()
    if error is None or id(error) in seen:
        return
    seen.add(id(error))
    tb = error.__traceback__
    entries = []
    while tb is not None:
        if id(tb.tb_frame.f_code) in _replica_ids:
            entries.append(tb)
        tb = tb.tb_next
    rebuilt = None
    original = error.__traceback__
    if entries:
        # Rebuild only if something has to go.
        count = 0
        tb = original
        while tb is not None:
            count += 1
            tb = tb.tb_next
        if count != len(entries):
            for entry in reversed(entries):
                rebuilt = types.TracebackType(rebuilt, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
            error.__traceback__ = rebuilt
    elif original is not None:
        error.__traceback__ = None
    clean_all(error.__cause__, seen)
    clean_all(error.__context__, seen)
    if isinstance(error, BaseExceptionGroup):
        for member in error.exceptions:
            clean_all(member, seen)
