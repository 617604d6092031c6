"""What a frame holds, as the heap inspector sees it.

A frame is one running call of a function. It holds references in *slots*:

- its local variables (``x = [1, 2]`` makes the slot ``x`` refer to a list);
- its *cells*: a variable that an inner function also uses lives in a cell
  object, and the slot refers to the cell, which refers to the value;
- its *free* variables: the cells it borrowed from an enclosing function;
- its *value stack*: the temporary values an instruction leaves for the next
  one (``a + b`` pushes ``a``, pushes ``b``, and ``BINARY_OP`` replaces both
  with the sum).

A module's code keeps its variables in a dictionary, its *globals*, instead
of slots; the view lists them as ``global`` slots.

``FrameView`` is a plain description of those slots, made from a clearpy VM
frame (``clearpy.tracing.frame_views``) or from any host frame
(``host_frame_view``). Each slot refers to its value, as the frame does.
"""

from dataclasses import dataclass, field

# Slot kinds, in the order a frame keeps them.
LOCAL, CELL, FREE, GLOBAL, STACK = "local", "cell", "free", "global", "stack"


class _Unbound:
    """The value of a slot that holds nothing (a variable not yet assigned)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<unbound>"


UNBOUND = _Unbound()


@dataclass
class Slot:
    kind: str      # LOCAL, CELL, FREE, GLOBAL or STACK
    name: str      # the variable's name, or the stack position ("0" is the bottom)
    value: object  # what the slot refers to (UNBOUND if nothing)


@dataclass
class FrameView:
    """One frame: which function, where it stands, and its slots."""

    key: str                 # names the frame uniquely within one trace ("f1", "f2"...)
    function: str            # the function's qualified name ("<module>" for a module)
    filename: str
    line: int | None
    slots: list[Slot] = field(default_factory=list)
    thread: str = "MainThread"
    # While the frame waits for a function it called, how many values at the
    # top of its stack CPython would have moved into the callee's frame: the
    # snapshot does not show them, nor count clearpy's references to them
    # (see machinery.py).
    moved: int = 0

    def variables(self) -> list[Slot]:
        return [slot for slot in self.slots if slot.kind != STACK]

    def stack(self) -> list[Slot]:
        return [slot for slot in self.slots if slot.kind == STACK]


# Names every module has, left out of a module frame's view.
MODULE_DUNDERS = frozenset({
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__",
    "__cached__", "__builtins__", "__annotations__",
})


def namespace_slots(namespace: dict, kind: str = GLOBAL) -> list[Slot]:
    """Slots for the variables of a module (or class body) namespace."""
    return [Slot(kind, name, value) for name, value in namespace.items()
            if isinstance(name, str) and name not in MODULE_DUNDERS]


def host_frame_view(frame, key: str = "host") -> FrameView:
    """A view of a frame of the host Python (its variables only: the host's
    value stack cannot be read from Python)."""
    code = frame.f_code
    if frame.f_globals is frame.f_locals:
        slots = namespace_slots(frame.f_globals)
    else:
        slots = []
        cells = set(code.co_cellvars)
        free = set(code.co_freevars)
        for name, value in frame.f_locals.items():
            kind = FREE if name in free else CELL if name in cells else LOCAL
            slots.append(Slot(kind, name, value))
    return FrameView(key, code.co_qualname, code.co_filename, frame.f_lineno, slots)
