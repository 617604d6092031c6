"""Finding unreachable cycles: clearpy's own copy of CPython's cycle collector.

Reference counting cannot free objects that refer to each other in a circle.
CPython's cycle collector (``Modules/gcmodule.c``, ``gc_collect_main``) finds
them with an idea that needs no list of "roots" at all, only reference counts
and the ability to list each object's references (``tp_traverse``, which
Python code reaches through ``gc.get_referents``). ``find_unreachable`` does
the same, step by step, with the same names:

1. **update_refs** -- for each *candidate* (the tracked objects of the
   generations being collected), copy its reference count into ``gc_refs``.
2. **subtract_refs** -- for each candidate, for each object it refers to that
   is also a candidate, subtract one from that object's ``gc_refs``. What is
   left is the number of references coming from *outside* the candidates:
   variables of running frames, objects of older generations, C code.
3. **move_unreachable** -- every candidate with ``gc_refs > 0`` is certainly
   reachable; so is everything it refers to, and everything those refer to.
   Whatever this flood does not reach is unreachable: nothing outside the
   candidates can get to it, whatever cycles it forms.

What CPython does next, and what clearpy reports about it:

4. **legacy finalizers** -- objects whose C type has a ``tp_del`` slot (the
   pre-3.4 way of finalizing) cannot be freed safely, nor can anything they
   reach; they go to ``gc.garbage`` as *uncollectable*. No type of the
   standard library has one, and Python code cannot see the slot, so clearpy
   assumes none.
5. **handle_weakrefs** -- every weak reference to an unreachable object is
   cleared first. If the weak reference itself is reachable and has a
   callback, the callback is called (the weak reference outlived its object);
   if it is garbage too, its callback is never called.
6. **finalize_garbage** -- each unreachable object with a ``__del__`` method
   (``tp_finalize``: also generators, coroutines, files) that has not been
   finalized before (``gc.is_finalized``) gets it called, once in its life.
7. **handle_resurrected_objects** -- a ``__del__`` may store its object (or
   another unreachable one) somewhere reachable: it is *resurrected*.
   CPython repeats steps 1-3 on the unreachable set; whatever is now reachable
   from outside survives. clearpy cannot know what a ``__del__`` will do
   without running it, so it lists the objects whose finalizers will run.
8. **delete_garbage** -- the rest are freed by breaking their references
   (``tp_clear``), after which reference counting frees them one by one.

The report also groups the unreachable objects into *cycles* (strongly
connected components: objects that can each reach all the others) and the
objects that are garbage only because a cycle holds them.

The inspector holds a reference to each candidate while it works (in its
list of candidates, and as the argument of ``sys.getrefcount``); those are
subtracted in step 1, and the collector is paused while it runs.
"""

import gc
import sys
import types
from dataclasses import dataclass, field

from clearpy.memory.short_repr import class_attribute, short_repr, type_name

# References find_unreachable holds on each candidate while it reads its count:
# the list of candidates, and the argument of sys.getrefcount.
_HELD_PER_CANDIDATE = 2

# Built-in types with a tp_finalize slot (finalized like __del__ by step 6).
_FINALIZED_TYPES = (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)


@dataclass
class UnreachableObject:
    id: int
    type_name: str
    repr: str
    cycle: int | None        # index in UnreachableReport.cycles, or None if only held by one
    has_finalizer: bool      # a __del__ (tp_finalize) will run before it is freed
    referents: list          # ids of the unreachable objects it refers to
    # How it refers to each of them, by id: "[0]", ".next", "['key']"...
    labels: dict = field(default_factory=dict)


@dataclass
class Row:
    """What the algorithm worked out for one candidate (``explain=True``)."""

    id: int
    type_name: str
    repr: str
    refcount: int        # step 1: its reference count (gc_refs, copied)
    from_outside: int    # step 2: what is left once candidates' references are taken away
    reachable: bool      # step 3: reached from a candidate referenced from outside?


@dataclass
class UnreachableReport:
    """What the cycle collector would find among the candidates right now."""

    candidates: int                      # how many objects were examined
    generation: int | None               # the generation examined (None: all, or a given set)
    objects: list = field(default_factory=list)       # UnreachableObject
    cycles: list = field(default_factory=list)        # lists of ids
    weakref_callbacks: list = field(default_factory=list)  # (weakref id, object id) to be called
    externally_referenced: int = 0       # candidates with references from outside (step 3's seeds)
    # With explain=True: one Row per candidate, the algorithm's numbers for it.
    table: list = field(default_factory=list)

    def ids(self) -> set:
        return {item.id for item in self.objects}

    def finalizers(self) -> list:
        return [item for item in self.objects if item.has_finalizer]

    def describe(self) -> str:
        if not self.objects:
            return f"no unreachable objects among {self.candidates} examined"
        return (f"{len(self.objects)} unreachable object{'s' if len(self.objects) != 1 else ''} "
                f"in {len(self.cycles)} cycle{'s' if len(self.cycles) != 1 else ''} "
                f"(among {self.candidates} examined)")


def has_finalizer(obj) -> bool:
    """Will the collector call a finalizer (``tp_finalize``) on ``obj`` before freeing it?"""
    if gc.is_finalized(obj):
        return False
    if isinstance(obj, _FINALIZED_TYPES):
        return True
    return class_attribute(type(obj), "__del__") is not None


def _candidates(generation: int | None) -> list:
    """The tracked objects a collection of ``generation`` examines: that
    generation and every younger one (gc_collect_main merges them)."""
    if generation is None:
        return gc.get_objects()     # (the list it returns is never among them)
    found = []
    for younger in range(generation + 1):
        part = gc.get_objects(generation=younger)
        # `found` is a new container too, so it is in generation 0: it must
        # not be a candidate, or its references would look internal.
        for index in range(len(part)):
            if part[index] is not found:
                found.append(part[index])
        part.clear()
    return found


def find_unreachable(generation: int | None = None, candidates: list | None = None,
                     explain: bool = False) -> UnreachableReport:
    """Which of the candidates are unreachable garbage right now.

    The candidates are the tracked objects of ``generation`` and the younger
    ones (all generations by default), or the objects of the list
    ``candidates``. That list is used as it is and emptied: the caller must
    hold no other reference to its objects (every reference it held would
    look like one from outside). The answer is then sound (what it calls
    unreachable is) but may miss cycles that pass through objects outside the
    list. The report holds no reference to any object. With ``explain``, its
    ``table`` gives the numbers of each step for every candidate (for a few
    objects: it is as long as the list of candidates).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        objects = _candidates(generation) if candidates is None else candidates
        report = _find_unreachable(objects, generation if candidates is None else None, explain)
        objects.clear()
        return report
    finally:
        if was_enabled:
            gc.enable()


def _find_unreachable(objects: list, generation, explain: bool = False) -> UnreachableReport:
    getrefcount = sys.getrefcount
    get_referents = gc.get_referents
    position = {id(objects[index]): index for index in range(len(objects))}
    count = len(objects)

    # 1. update_refs: copy each candidate's reference count.
    gc_refs = [getrefcount(objects[index]) - _HELD_PER_CANDIDATE for index in range(count)]
    refcounts = list(gc_refs) if explain else None

    # 2. subtract_refs: take away the references that come from candidates.
    # (Which candidates each one refers to is kept, by position, for step 3.)
    inside = []
    for index in range(count):
        targets = []
        for referent in get_referents(objects[index]):
            where = position.get(id(referent))
            if where is not None:
                gc_refs[where] -= 1
                targets.append(where)
        inside.append(targets)
    referent = None   # noqa: F841 - the loop variable would be one more reference

    # 3. move_unreachable: flood from the candidates referenced from outside.
    from_outside = list(gc_refs) if explain else None
    reachable = [refs > 0 for refs in gc_refs]
    work = [index for index in range(count) if reachable[index]]
    externally_referenced = len(work)
    while work:
        for where in inside[work.pop()]:
            if not reachable[where]:
                reachable[where] = True
                work.append(where)
    unreachable = [index for index in range(count) if not reachable[index]]

    report = UnreachableReport(count, generation, externally_referenced=externally_referenced)
    if explain:
        report.table = [Row(id(objects[index]), type_name(objects[index]), short_repr(objects[index]),
                            refcounts[index], from_outside[index], reachable[index])
                        for index in range(count)]
    if not unreachable:
        return report

    # The graph among unreachable objects, for the report and the cycles.
    in_garbage = set(unreachable)
    edges = {index: list(dict.fromkeys(where for where in inside[index] if where in in_garbage))
             for index in unreachable}
    components = strongly_connected_components(unreachable, edges)
    cycle_of = {}
    for component in components:
        if len(component) > 1 or component[0] in edges[component[0]]:
            for index in component:
                cycle_of[index] = len(report.cycles)
            report.cycles.append([id(objects[index]) for index in component])

    # 5. handle_weakrefs: which callbacks will be called.
    garbage_ids = {id(objects[index]) for index in unreachable}
    for index in unreachable:
        obj = objects[index]
        for ref in _weakrefs_to(obj):
            if id(ref) not in garbage_ids and getattr(ref, "__callback__", None) is not None:
                report.weakref_callbacks.append((id(ref), id(obj)))

    for index in unreachable:
        obj = objects[index]
        targets = {id(objects[target]) for target in edges[index]}
        report.objects.append(UnreachableObject(
            id=id(obj), type_name=type_name(obj), repr=short_repr(obj),
            cycle=cycle_of.get(index), has_finalizer=has_finalizer(obj),
            referents=[id(objects[target]) for target in edges[index]],
            labels=reference_labels(obj, targets)))
    obj = None   # noqa: F841 - the loop variable would be one more reference
    return report


def reference_labels(obj, targets: set) -> dict:
    """How ``obj`` refers to each object whose id is in ``targets``: an index
    (``[0]``), a dict key (``['name']``, or ``key`` for the key itself), an
    attribute (``.next``), a cell's ``contents``; ``→`` when it cannot be
    said without running code. Never runs the program's code."""
    from clearpy.memory.attributes import (has_instance_dict, instance_attributes, names_seen_in_sources,
                                           slot_names)

    labels = {}

    def label(target, text):
        if id(target) in targets and id(target) not in labels:
            labels[id(target)] = text

    kind = type(obj)
    if kind in (list, tuple):
        for index in range(len(obj)):
            label(obj[index], f"[{index}]")
    elif kind is dict:
        for key, value in list(obj.items()):
            label(value, f"[{short_repr(key, 20)}]")
            label(key, "key")
    elif kind in (set, frozenset):
        for item in list(obj):
            label(item, "item")
    elif kind is types.CellType:
        try:
            label(obj.cell_contents, "contents")
        except ValueError:
            pass
    elif has_instance_dict(obj) or slot_names(type(obj)):
        for name, value in instance_attributes(obj, names_seen_in_sources()):
            label(value, f".{name}")
    return labels


def _weakrefs_to(obj) -> list:
    import weakref

    try:
        return weakref.getweakrefs(obj)
    except TypeError:
        return []


def strongly_connected_components(nodes: list, edges: dict) -> list:
    """Tarjan's algorithm, without recursion: groups of nodes that can each
    reach all the others (a node alone is its own group)."""
    index_of = {}
    lowlink = {}
    on_stack = set()
    stack = []
    components = []
    counter = 0
    for start in nodes:
        if start in index_of:
            continue
        # Each entry: (node, iterator over its successors).
        work = [(start, iter(edges.get(start, ())))]
        index_of[start] = lowlink[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index_of:
                    index_of[successor] = lowlink[successor] = counter
                    counter += 1
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(edges.get(successor, ()))))
                    advanced = True
                    break
                if successor in on_stack:
                    lowlink[node] = min(lowlink[node], index_of[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                lowlink[parent] = min(lowlink[parent], lowlink[node])
            if lowlink[node] == index_of[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components
