"""The heap, seen from a running program: objects, reference counts, garbage.

When a Python program runs, its *frames* (one per function call) hold
variables, and variables hold references to *objects* that live on the
*heap*. This package looks at that heap honestly, using the real objects of
the real interpreter underneath (clearpy's values are host Python objects):

    frames.py      what a frame holds: local variables, cells, its value stack
    short_repr.py  describing any object in a few characters, without running
                   the program's own code
    immortal.py    why ``sys.getrefcount(None)`` is 4294967295 in Python 3.12
    refcount.py    an object's real reference count, minus the references
                   the inspector itself holds while it looks
    heap.py        the heap as seen from a set of frames: every object reachable
                   from them, its size, its count, and who holds it
    collector.py   the cycle collector's generations, thresholds and counts, and
                   each collection as an event
    lifetime.py    when each object dies, and whether reference counting or the
                   cycle collector freed it
    cycles.py      clearpy's own copy of the cycle collector's algorithm: which
                   objects form unreachable cycles right now

docs/memory.md tells the story for a beginner, with real clearpy traces.
"""
