"""Reference counts: how many references point at an object, really.

CPython frees an object the moment nothing refers to it any more: every
object carries a *reference count*, one more for each variable, list slot,
dict entry, attribute or C pointer that holds it, one less when that
reference goes away; at zero the object is freed at once.

``sys.getrefcount(obj)`` reads that count, but it cannot help counting the
references that *looking* creates: the argument of the call itself is one
(the docs say "generally one higher than you might expect"), and whoever
calls it holds the object somehow too: in a parameter, a loop variable, a
table of objects being inspected. The true count is what remains when the
inspector's own references are taken away, and clearpy says exactly which
those are:

- ``reference_count(obj)``: 2 of its own (the parameter ``obj`` and the
  argument of ``sys.getrefcount``);
- ``reference_counts(table)``: 2 for each object of the table (the table's
  entry and the argument), plus whatever the caller says it holds besides
  (a frame view's slots, for instance).

Immortal objects (see ``immortal.py``) have no meaningful count: these
functions give ``None`` for them.
"""

import sys

from clearpy.memory.immortal import _IMMORTAL_FROM

# References that reference_count() itself holds while it calls getrefcount:
# its parameter, and the argument of the call.
_HELD_BY_REFERENCE_COUNT = 2
# References reference_counts() holds for each object: the table's entry, and
# the argument of getrefcount.
_HELD_PER_TABLE_ENTRY = 2


def reference_count(obj) -> int | None:
    """The number of references to ``obj`` that the caller can see, counting
    the caller's own (``x = []; reference_count(x)`` is 1: the variable ``x``).
    None for an immortal object."""
    count = sys.getrefcount(obj)
    if count >= _IMMORTAL_FROM:
        return None
    return count - _HELD_BY_REFERENCE_COUNT


def reference_counts(table: dict, held_elsewhere: dict | None = None) -> dict:
    """The true reference count of every object of ``table`` (id -> object),
    not counting the table's own references nor, for each id, the
    ``held_elsewhere[id]`` references the caller says the inspector holds
    (None for immortal objects)."""
    held_elsewhere = held_elsewhere or {}
    counts = {}
    getrefcount = sys.getrefcount
    # Iterating over the keys only: a loop variable holding the object would
    # be one more reference.
    for key in table:
        count = getrefcount(table[key])
        if count >= _IMMORTAL_FROM:
            counts[key] = None
        else:
            counts[key] = count - _HELD_PER_TABLE_ENTRY - held_elsewhere.get(key, 0)
    return counts
