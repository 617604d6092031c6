"""Object lifetime: when each object dies, and what freed it.

An object dies in one of two ways in CPython:

- **reference counting**: its count drops to zero (the last variable holding
  it is reassigned, the list holding it is freed...) and it is freed on the
  spot, in the middle of whatever instruction dropped the last reference;
- **the cycle collector**: it was part of an unreachable cycle, which the
  collector found and broke (see ``collector.py`` and ``cycles.py``).

``LifetimeWatcher`` learns of deaths through *weak references*: a
``weakref.ref(obj, callback)`` does not keep ``obj`` alive, and CPython calls
``callback`` when ``obj`` is freed. The collector's ``gc.callbacks`` bracket
every collection, so a death reported while a collection runs in the same
thread was the collector's work; any other death was reference counting's.

Not every object can be weakly referenced: ``int``, ``str``, ``tuple``,
``list`` and ``dict`` objects cannot (they would need one more pointer each,
and there are very many of them). Instances of classes, functions, sets,
generators and most other objects can. ``watch()`` says which is which.

One subtlety, straight from gcmodule.c's ``handle_weakrefs``: when the
collector frees a weakly referenced object, it calls the callback only if the
weak reference itself survives the collection, and it counts a weak reference
that dies during its own callback among the objects it freed. The watcher
therefore keeps each weak reference until after the collection (it never
drops one inside its callback), so CPython's ``collected`` figure counts only
the program's objects.
"""

import threading
import time
import weakref
from dataclasses import dataclass

from clearpy.memory.short_repr import short_repr, type_name

REFERENCE_COUNTING = "reference counting"
CYCLE_COLLECTOR = "cycle collector"


@dataclass
class Death:
    """One watched object was freed."""

    id: int
    type_name: str
    repr: str            # as it looked when first watched
    cause: str           # REFERENCE_COUNTING or CYCLE_COLLECTOR
    collection: int | None   # which collection freed it (Collection.number), if the collector
    thread: str
    born_at: int | None  # the trace step it was first seen at, if the caller said
    time: float          # time.perf_counter() at death


class LifetimeWatcher:
    """Reports the deaths of the objects it is asked to watch.

    ``collector`` is the ``CollectorWatcher`` that says whether a collection is
    running; ``on_death(death)`` is called for each death, in the thread and
    at the moment the object is freed (so it must not run program code).
    """

    def __init__(self, collector, on_death=None):
        self.collector = collector
        self.on_death = on_death
        self._watched = {}        # id -> (weakref, type name, repr, born_at)
        self._key_of_ref = {}     # id(weak reference) -> id of the object
        self._dead_refs = []      # weak references kept until the collection is over
        self.deaths: list[Death] = []
        self.unwatchable = 0      # objects that could not be weakly referenced
        self._lock = threading.RLock()

    def watch(self, obj, born_at: int | None = None) -> bool:
        """Start watching ``obj``; False if it cannot be weakly referenced."""
        key = id(obj)
        if key in self._watched:
            return True
        try:
            ref = weakref.ref(obj, self._died)
        except TypeError:
            self.unwatchable += 1
            return False
        self._watched[key] = (ref, type_name(obj), short_repr(obj), born_at)
        self._key_of_ref[id(ref)] = key
        return True

    def is_watched(self, obj) -> bool:
        entry = self._watched.get(id(obj))
        return entry is not None and entry[0]() is obj

    def watched_count(self) -> int:
        return len(self._watched)

    def alive(self) -> list:
        """The watched objects still alive (a new list of them)."""
        return [obj for obj in (entry[0]() for entry in list(self._watched.values()))
                if obj is not None]

    def forget_dead_references(self) -> None:
        """Drop the weak references of dead objects (call it outside a collection)."""
        if not self.collector.collecting():
            self._dead_refs.clear()

    def _died(self, ref) -> None:
        # The object's id is gone with it: find its entry by the reference's.
        with self._lock:
            key = self._key_of_ref.pop(id(ref), None)
            if key is None:
                return
            _, name, description, born_at = self._watched.pop(key)
            self._dead_refs.append(ref)   # see the module docstring
        collecting = self.collector is not None and self.collector.collecting()
        current = self.collector.current if collecting else None
        death = Death(key, name, description,
                      CYCLE_COLLECTOR if collecting else REFERENCE_COUNTING,
                      current.number if current is not None else None,
                      threading.current_thread().name, born_at, time.perf_counter())
        self.deaths.append(death)
        if current is not None:
            current.deaths.append(death)
        if self.on_death is not None:
            self.on_death(death)
