"""Immortal objects: why ``sys.getrefcount(None)`` says 4294967295.

Every object counts its references, and Python frees it when the count drops
to zero. But some objects are used *everywhere*: ``None``, ``True`` and
``False``, the small integers -5..256, the strings Python interns (names of
variables and attributes, short identifier-like literals), and the built-in
types themselves. Counting their references costs a memory write every time
any code touches them, and they can never be freed anyway.

Python 3.12 (PEP 683) makes them *immortal*: their count is set once to a
huge value and never changes again. ``Py_INCREF`` and ``Py_DECREF`` check for
it and do nothing. On a 64-bit machine the value is 2**32 - 1 = 4294967295
(``_Py_IMMORTAL_REFCNT``): the check only looks at the lower 32 bits of the
count, and an old C extension that increments the count without checking can
add billions of references before anything goes wrong.

Why bother? An object whose count never changes is never written to, so
processes forked from one parent keep sharing its memory page, CPU caches do
not bounce it between cores, and (later, in free-threaded Python) threads
need no atomic operations to use it.

So for an immortal object the "reference count" tells nothing about who uses
it; clearpy shows it as *immortal* instead of a number.
"""

import sys

# _Py_IMMORTAL_REFCNT on a 64-bit build of CPython 3.12.
IMMORTAL_REFCOUNT = 2**32 - 1

# CPython treats a count as immortal when its lower 32 bits, read as a signed
# number, are negative (_Py_IsImmortal): that is, from 2**31 upwards.
_IMMORTAL_FROM = 2**31


def is_immortal(obj) -> bool:
    """Is ``obj`` immortal (its reference count fixed forever)?"""
    return sys.getrefcount(obj) >= _IMMORTAL_FROM


def why_immortal(obj) -> str:
    """A short reason an immortal object is immortal, for people reading a trace."""
    if obj is None or obj is True or obj is False or obj is Ellipsis or obj is NotImplemented:
        return f"{obj!r} is a singleton every program shares"
    if type(obj) is int:
        return "small integers (-5..256) are created once at start-up and shared"
    if type(obj) is str:
        return "interned strings (names, short literals) are shared and immortal"
    if type(obj) is bytes:
        return "single-byte and empty bytes objects are shared"
    if type(obj) is tuple:
        return "the empty tuple is shared"
    if isinstance(obj, type):
        return "built-in types are static objects, immortal since 3.12"
    return "a static object of the interpreter, immortal since 3.12"
