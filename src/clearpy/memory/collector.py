"""The cycle collector: generations, thresholds, counts, and each collection.

Reference counting frees an object when its count drops to zero. It cannot
free a *cycle*: ``a.friend = b; b.friend = a; del a, b`` leaves two objects
that hold each other, each with a count of one, that nothing else can reach.
CPython's *cycle collector* (Modules/gcmodule.c) finds such groups now and
then and frees them (``cycles.py`` is clearpy's copy of how).

Looking at every object every time would be slow, so the collector sorts the
objects that can take part in cycles (containers: lists, dicts, instances...;
it *tracks* them) into three *generations*:

- generation 0: objects created since the last collection;
- generation 1: objects that survived one collection of generation 0;
- generation 2: objects that survived a collection of generation 1.

Each generation has a *count* and a *threshold* (``gc.get_count()``,
``gc.get_threshold()``, by default 700, 10, 10). Generation 0's count is the
number of tracked objects allocated minus those freed since its last
collection; when it passes 700, generation 0 is collected and the survivors
move to generation 1, whose count (collections of generation 0 since its own
last one) goes up by one; when that passes 10, generation 1 is collected with
generation 0, and so on. Most objects die young, so most collections are
small. (A full collection of generation 2 also waits until the objects that
survived since the last one are at least a quarter of all long-lived objects.)

``CollectorWatcher`` registers itself in ``gc.callbacks``, which CPython
calls with ``"start"`` and ``"stop"`` around every collection, automatic or
``gc.collect()``, and turns each collection into a ``Collection`` event: which
generation, the counts before, how many objects it found unreachable
(``collected``) and how many it had to leave (``uncollectable``), how long it
took, and, optionally, what clearpy's own algorithm predicted it would find.
"""

import gc
import threading
import time
from dataclasses import dataclass, field


@dataclass
class GenerationState:
    """The collector's state at one moment."""

    counts: tuple          # gc.get_count()
    thresholds: tuple      # gc.get_threshold()
    stats: list            # gc.get_stats(): collections, collected, uncollectable per generation
    enabled: bool          # gc.isenabled()

    def describe(self) -> str:
        parts = [f"gen{number} {count}/{threshold}"
                 for number, (count, threshold) in enumerate(zip(self.counts, self.thresholds))]
        return ", ".join(parts) + ("" if self.enabled else " (automatic collection disabled)")


def generation_state() -> GenerationState:
    return GenerationState(gc.get_count(), gc.get_threshold(), gc.get_stats(), gc.isenabled())


@dataclass
class Collection:
    """One run of the cycle collector."""

    number: int               # 1, 2, 3... within one watcher
    generation: int           # the oldest generation collected (younger ones go with it)
    counts_before: tuple      # gc.get_count() when it started
    collected: int = 0        # unreachable objects freed (CPython's count: see note_weakrefs)
    uncollectable: int = 0    # unreachable objects it could not free (legacy finalizers)
    seconds: float = 0.0
    thread: str = ""          # the thread whose allocation (or gc.collect()) started it
    prediction: object = None  # cycles.UnreachableReport, when asked for
    deaths: list = field(default_factory=list)   # lifetime.Death of watched objects freed by it

    def describe(self) -> str:
        text = (f"collection #{self.number} of generation {self.generation} "
                f"(counts before: {', '.join(map(str, self.counts_before))}): "
                f"{self.collected} unreachable object{'s' if self.collected != 1 else ''} freed")
        if self.uncollectable:
            text += f", {self.uncollectable} uncollectable"
        return text


class CollectorWatcher:
    """Sees every collection while installed (``with CollectorWatcher(...) as w``).

    ``on_collection(collection)`` is called after each one. With ``predict``
    True, clearpy's own algorithm (``cycles.find_unreachable``) runs at the
    start of each collection on exactly the objects being collected, and the
    event carries its answer next to CPython's.
    """

    def __init__(self, on_collection=None, predict: bool = False):
        self.on_collection = on_collection
        self.predict = predict
        self.collections: list[Collection] = []
        self.current: Collection | None = None
        self._collecting_thread = None
        self._started = 0.0
        self._installed = False

    # -- is a collection running right now, in this thread? --------------------------

    def collecting(self) -> bool:
        """Is the collector running in the calling thread (so that an object
        dying now is freed by it, not by reference counting)?"""
        return self._collecting_thread == threading.get_ident()

    # -- installing --------------------------------------------------------------------

    def install(self) -> "CollectorWatcher":
        if not self._installed:
            gc.callbacks.append(self._callback)
            self._installed = True
        return self

    def uninstall(self) -> None:
        if self._installed:
            try:
                gc.callbacks.remove(self._callback)
            except ValueError:
                pass
            self._installed = False

    def __enter__(self):
        return self.install()

    def __exit__(self, *exc_info):
        self.uninstall()

    # -- the callback CPython calls ------------------------------------------------------

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            collection = Collection(len(self.collections) + 1, info["generation"], gc.get_count(),
                                    thread=threading.current_thread().name)
            if self.predict:
                from clearpy.memory.cycles import find_unreachable

                collection.prediction = find_unreachable(generation=info["generation"])
            self.current = collection
            self._collecting_thread = threading.get_ident()
            self._started = time.perf_counter()
        elif phase == "stop":
            collection = self.current
            if collection is None:   # installed in the middle of a collection
                return
            collection.seconds = time.perf_counter() - self._started
            collection.collected = info["collected"]
            collection.uncollectable = info["uncollectable"]
            self._collecting_thread = None
            self.current = None
            self.collections.append(collection)
            if self.on_collection is not None:
                self.on_collection(collection)
