"""The heap as seen from a set of frames.

Starting from the slots of some frames (their variables, cells and value
stacks), ``take_snapshot`` follows references from object to object, the way
a garbage collector would, and records every object it reaches:

- ``id``: its address (``id(obj)``), which names it for as long as it lives;
- its type and a short description (``short_repr``);
- its size in bytes (``sys.getsizeof``: the object itself, not what it refers to);
- its real reference count (``refcount.py``), or *immortal* (``immortal.py``);
- who holds it: frame slots (``main: x``), list and tuple positions
  (``list 0x… [2]``), dict entries (``dict 0x… ['key']``), attributes
  (``Point 0x… .x``), cells.

The count and the holders need not agree: the count includes references from
places a frame cannot reach (a module's cache, the interpreter's own tables,
a C extension), so ``refcount - len(holders)`` references are "elsewhere".

Which references are followed: items of lists, tuples, sets and dicts, the
attributes of instances (their ``__dict__`` and ``__slots__``), and the
content of cells. Functions, classes and modules are shown but not entered,
or every snapshot would include half of the standard library. A snapshot
stops after ``max_objects`` objects and says so (``truncated``).
"""

import gc
import sys
import types
from collections import Counter
from dataclasses import dataclass, field

from clearpy.memory.attributes import has_instance_dict, instance_attributes, names_in_source, slot_names
from clearpy.memory.frames import STACK, UNBOUND, FrameView
from clearpy.memory.refcount import reference_counts
from clearpy.memory.short_repr import is_host_method, short_repr, type_name

DEFAULT_MAX_OBJECTS = 500
# Items of one container followed at most (a list of a million items is
# shown by its first ones).
MAX_ITEMS = 100

# What kind of thing an object is, for drawing it (Python Tutor draws each
# kind differently).
PRIMITIVE_TYPES = (type(None), bool, int, float, complex, str, bytes)


@dataclass
class Reference:
    """One reference: ``holder`` holds ``target`` under ``label``.

    ``holder`` is the id of the holding object, or, when ``from_frame`` is
    true, the key of the frame whose slot holds it.
    """

    holder: object
    label: str
    target: int
    from_frame: bool = False


@dataclass
class HeapObject:
    id: int
    type_name: str
    kind: str                  # see kind_of()
    repr: str
    size: int | None           # sys.getsizeof, None if it could not be asked
    refcount: int | None       # real count; None when immortal
    immortal: bool
    tracked: bool              # does the cycle collector track it (gc.is_tracked)?
    references: list = field(default_factory=list)   # Reference, this object -> others
    holders: list = field(default_factory=list)      # Reference, others -> this object
    more_items: int = 0        # items of a big container not followed
    # What it contains, by id, in order (for drawing it): a list, tuple or set
    # gives [id, ...]; a dict [(key id, value id), ...]; an instance
    # [(attribute name, id), ...]; a cell [id] (or [] when empty).
    elements: list = field(default_factory=list)
    # For a primitive (number, string, None...): its value, ready for JSON
    # (see json_value). Kept as data, not as the object.
    value: object = None
    # References clearpy's VM holds that CPython would not, left out of
    # ``refcount`` (see machinery.py).
    machinery: int = 0

    def holders_elsewhere(self) -> int | None:
        """References counted but not seen from the frames."""
        if self.refcount is None:
            return None
        return max(self.refcount - len(self.holders), 0)


@dataclass
class FrameRecord:
    """A frame as a snapshot keeps it: its slots name objects by id only, so
    that a snapshot keeps nothing alive."""

    key: str
    function: str
    filename: str
    line: int | None
    thread: str
    slots: list     # (kind, name, object id or None when unbound)


@dataclass
class HeapSnapshot:
    frames: list            # FrameRecord, in the order given
    objects: dict           # id -> HeapObject, in the order they were reached
    roots: list             # Reference from frame keys to objects
    truncated: bool = False

    def holders_of(self, object_id: int) -> list:
        return self.objects[object_id].holders


def kind_of(obj) -> str:
    """What kind of object ``obj`` is, for drawing."""
    kind = type(obj)
    if isinstance(obj, PRIMITIVE_TYPES) and kind in PRIMITIVE_TYPES:
        return "primitive"
    if kind in (list, tuple, set, frozenset, dict):
        return kind.__name__
    if isinstance(obj, type):
        return "class"
    if isinstance(obj, types.ModuleType):
        return "module"
    if isinstance(obj, types.CellType):
        return "cell"
    if _is_function(obj):
        return "function"
    if _has_instance_attributes(obj):
        return "instance"
    return "other"


def _is_function(obj) -> bool:
    if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        return True
    # An interpreted function of clearpy's VM calls itself "function".
    return type(obj).__name__ == "function" and hasattr(obj, "__code__")


def _has_instance_attributes(obj) -> bool:
    cls = type(obj)
    if cls.__module__ == "builtins" and not has_instance_dict(obj):
        return False
    return has_instance_dict(obj) or bool(slot_names(cls))


def _children(obj, kind: str, attribute_names=()):
    """What a snapshot follows from ``obj``: ``(label, child, role)`` triples,
    where ``role`` places the child in the object's ``elements`` (an index,
    ``("key", n)`` or ``("value", n)`` for a dict's n-th entry, or an
    attribute name), and how many items were left out."""
    children = []
    left_out = 0
    if kind in ("list", "tuple", "set", "frozenset"):
        for index, item in enumerate(obj):
            if index >= MAX_ITEMS:
                left_out = len(obj) - MAX_ITEMS
                break
            children.append((f"[{index}]" if kind in ("list", "tuple") else "item", item, index))
    elif kind == "dict":
        for index, (key, value) in enumerate(obj.items()):
            if index >= MAX_ITEMS:
                left_out = len(obj) - MAX_ITEMS
                break
            label = short_repr(key, 24)
            children.append((f"key {label}", key, ("key", index)))
            children.append((f"[{label}]", value, ("value", index)))
    elif kind == "instance":
        attributes = instance_attributes(obj, attribute_names)
        for index, (name, value) in enumerate(attributes):
            if index >= MAX_ITEMS:
                left_out = len(attributes) - MAX_ITEMS
                break
            children.append((f".{name}", value, name))
    elif kind == "cell":
        try:
            children.append(("contents", obj.cell_contents, 0))
        except ValueError:
            pass
    return children, left_out


def json_value(obj):
    """A primitive as JSON can hold it (as Python Tutor encodes them): numbers
    and strings as themselves, except what JSON has no way to say."""
    kind = type(obj)
    if obj is None or kind is bool or kind is str:
        return obj if kind is not str or len(obj) <= 1000 else obj[:1000] + "…"
    if kind is int:
        return obj if -2**63 <= obj < 2**63 else ["BIG_INT", short_repr(obj, 60)]
    if kind is float:
        if obj != obj or obj in (float("inf"), float("-inf")):
            return ["SPECIAL_FLOAT", repr(obj)]
        return obj
    return ["HEAP_PRIMITIVE", kind.__name__, short_repr(obj, 60)]


def object_size(obj) -> int | None:
    """``sys.getsizeof(obj)``, unless asking would run the program's own code."""
    if not is_host_method(type(obj), "__sizeof__"):
        return None
    try:
        return sys.getsizeof(obj)
    except Exception:
        return None


def take_snapshot(frames: list[FrameView], max_objects: int = DEFAULT_MAX_OBJECTS,
                  follow=None) -> HeapSnapshot:
    """Every object reachable from the slots of ``frames`` (see the module docstring).

    ``follow(obj)`` may say that an object is shown but not entered (besides
    functions, classes and modules, which never are); an instance not entered
    is of kind "other", shown by its description.
    """
    table = {}          # id -> object: the inspector's one reference to each
    found = {}          # id -> HeapObject
    roots = []
    held_by_views = Counter()  # references the frame views' slots hold
    queue = []          # ids whose references are still to follow
    truncated = False

    def reach(obj, holder, label, from_frame=False) -> bool:
        nonlocal truncated
        key = id(obj)
        reference = Reference(holder, label, key, from_frame)
        if key not in found:
            if len(found) >= max_objects:
                truncated = True
                return False
            table[key] = obj
            kind = kind_of(obj)
            entered = kind in ("list", "tuple", "set", "frozenset", "dict", "instance", "cell") and (
                follow is None or follow(obj))
            if kind == "instance" and not entered:
                kind = "other"      # an object shown whole, by its description
            found[key] = HeapObject(
                id=key, type_name=type_name(obj), kind=kind, repr=short_repr(obj),
                size=object_size(obj), refcount=None, immortal=False,
                tracked=gc.is_tracked(obj))
            if entered:
                queue.append(key)
        found[key].holders.append(reference)
        if from_frame:
            roots.append(reference)
        else:
            found[holder].references.append(reference)
        return True

    # Names the program may have given attributes: those of its source files
    # (see attributes.py: reading __dict__ would change the objects).
    attribute_names = []
    for filename in dict.fromkeys(frame.filename for frame in frames):
        attribute_names.extend(names_in_source(filename))
    held_by_vm = Counter()     # references of clearpy's VM that CPython has not (machinery.py)
    records = []
    for frame in frames:
        slots = []
        stack_slots = sum(1 for slot in frame.slots if slot.kind == STACK)
        stack_position = 0
        for slot in frame.slots:
            if slot.kind == STACK:
                stack_position += 1
                if stack_position > stack_slots - frame.moved:
                    # Moved into the callee, in CPython: the register that
                    # still holds it is the VM's, and so is the view's slot.
                    if slot.value is not UNBOUND:
                        held_by_vm[id(slot.value)] += 1
                        held_by_views[id(slot.value)] += 1
                    continue
            if slot.value is UNBOUND:
                slots.append((slot.kind, slot.name, None))
                continue
            held_by_views[id(slot.value)] += 1
            slots.append((slot.kind, slot.name, id(slot.value)))
            reach(slot.value, frame.key, f"{slot.kind} {slot.name}" if slot.kind == "stack" else slot.name,
                  from_frame=True)
        records.append(FrameRecord(frame.key, frame.function, frame.filename, frame.line,
                                   frame.thread, slots))
    slot = None   # the loop variable would be one more reference

    def follow_references(key) -> None:
        # A function of its own, so that its variables (which refer to the
        # children) are gone when the counts are read.
        heap_object = found[key]
        children, heap_object.more_items = _children(table[key], heap_object.kind, attribute_names)
        elements = heap_object.elements
        for label, child, role in children:
            target = id(child) if reach(child, key, label) else None
            if type(role) is tuple:           # a dict entry: key, then value
                if role[0] == "key":
                    elements.append([target, None])
                else:
                    elements[-1][1] = target
            elif type(role) is str:           # an attribute
                elements.append((role, target))
            else:
                elements.append(target)

    position = 0
    while position < len(queue):
        follow_references(queue[position])
        position += 1
    for key, count in held_by_vm.items():
        if key in found:
            found[key].machinery = count
    counts = reference_counts(table, held_by_views + held_by_vm)
    for key, count in counts.items():
        heap_object = found[key]
        heap_object.refcount = count
        heap_object.immortal = count is None
        if heap_object.kind == "primitive":
            # Only now: the value may be the object itself (a string is its
            # own slice), one more reference while the counts were read.
            heap_object.value = json_value(table[key])
    table.clear()
    return HeapSnapshot(records, found, roots, truncated)
