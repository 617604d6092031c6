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

import gc
import threading
import time
import weakref
from dataclasses import dataclass

from clearpy.memory.short_repr import short_repr, type_name

REFERENCE_COUNTING = "reference counting"
# Py_TPFLAGS_HAVE_GC: objects of the type can be tracked by the cycle
# collector (an empty dict is not tracked yet, but may be once it holds itself).
_HAVE_GC = 1 << 14
# A noted container missing from the young generations at this many checks
# in a row is forgotten (see young_containers).
_MISSES_FORGOTTEN = 3
# How many unwatchable containers are remembered (the newest ones).
_MOST_CONTAINERS_NOTED = 5000
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
        # Containers that cannot be weakly referenced: id -> type, and id ->
        # how many checks in a row missed them (see young_containers).
        self._container_types = {}
        self._container_misses = {}
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
            if type(obj).__flags__ & _HAVE_GC:
                self._note_container(obj)
            return False
        self._watched[key] = (ref, type_name(obj), short_repr(obj), born_at)
        self._key_of_ref[id(ref)] = key
        return True

    def is_watched(self, obj) -> bool:
        entry = self._watched.get(id(obj))
        return entry is not None and entry[0]() is obj

    def program_object_count(self) -> int:
        """Objects watched, and containers noted (some may have died)."""
        return len(self._watched) + len(self._container_types)

    def watched_count(self) -> int:
        return len(self._watched)

    def alive(self) -> list:
        """The watched objects still alive (a new list of them)."""
        return [obj for obj in (entry[0]() for entry in list(self._watched.values()))
                if obj is not None]

    # -- containers that cannot be watched -------------------------------------------

    def _note_container(self, obj) -> None:
        """Remember a list, dict, tuple... of the program by its id and type
        only: holding it would keep it alive."""
        self._container_types[id(obj)] = type(obj)
        self._container_misses[id(obj)] = 0
        if len(self._container_types) > _MOST_CONTAINERS_NOTED:
            oldest = next(iter(self._container_types))
            del self._container_types[oldest], self._container_misses[oldest]

    def young_containers(self) -> list:
        """The containers noted (``watch`` could not weakly reference them)
        that are still alive in the collector's young generations (0 and 1),
        as a new list.

        Older ones are not looked for: finding an object by its id means
        looking at every object of its generation, and generation 2 holds
        nearly all of them. A noted container missing from the young
        generations is dead, or old, or not tracked yet (an empty dict is
        tracked once it holds a container); after a few misses it is
        forgotten. (The bookkeeping holds only types and numbers: a list of
        its own could sit where a dead list of the program was, and be
        taken for it.)"""
        types_ = self._container_types
        if not types_:
            return []
        misses = self._container_misses
        found = []
        for generation in (0, 1):
            objects = gc.get_objects(generation=generation)
            for index in range(len(objects)):
                key = id(objects[index])
                # (`found` itself is a new list in generation 0, maybe where a
                # noted list lived: it must not find itself.)
                if types_.get(key) is type(objects[index]) and objects[index] is not found:
                    misses[key] = -1
                    found.append(objects[index])
            objects.clear()
        for key in [key for key, missed in misses.items() if missed >= _MISSES_FORGOTTEN]:
            del types_[key], misses[key]
        for key in misses:
            misses[key] += 1                   # found ones are back to 0
        return found

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
