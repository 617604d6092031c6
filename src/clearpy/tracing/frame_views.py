"""Reading a VM frame: its variables, cells, free variables and value stack.

A clearpy frame keeps everything in one list of *registers*, ``R``, laid out
as CPython lays out a frame's ``localsplus`` (see ``clearpy.vm.code``)::

    R[0 : nlocals]                 local variables (the arguments first)
    R[nlocals : free_start]        cells of variables inner functions use
    R[free_start : nlocalsplus]    free variables: cells borrowed from outside
    R[stack_base : stack_base + depth]   the value stack, bottom first

A variable used by an inner function lives in a *cell* even when it is an
argument: its register holds the cell, and the cell holds the value. An
empty register holds ``NULL``: a variable not assigned yet, or the marker
``PUSH_NULL`` leaves under a function being called.

A module's variables are not in registers: they are its globals, a dict
(``frame.locals`` is that dict); a class body's are the class namespace.
"""

from clearpy.memory.frames import CELL, FREE, GLOBAL, LOCAL, STACK, UNBOUND, FrameView, Slot
from clearpy.memory.frames import MODULE_DUNDERS
from clearpy.vm.code import CO_OPTIMIZED
from clearpy.vm.null import NULL

# Names a class body sets for itself, left out of its view.
_CLASS_DUNDERS = MODULE_DUNDERS | {"__module__", "__qualname__", "__classcell__", "__classdictcell__"}


def frame_view(frame, key, index: int, depth: int | None, thread: str = "MainThread") -> FrameView:
    """A view of VM ``frame`` standing at instruction ``index`` with ``depth``
    values on its stack (None: leave the stack out)."""
    code = frame.code
    co = code.co
    R = frame.R
    slots = []
    namespace = frame.locals
    if namespace is not None and not code.flags & CO_OPTIMIZED:
        is_module = namespace is frame.globals
        left_out = MODULE_DUNDERS if is_module else _CLASS_DUNDERS
        kind = GLOBAL if is_module else LOCAL
        try:
            items = list(namespace.items())
        except Exception:      # a namespace from __prepare__ may not be a dict
            items = []
        for name, value in items:
            if isinstance(name, str) and name not in left_out:
                slots.append(Slot(kind, name, value))
    names = code.localsplus_names
    for register in range(code.nlocalsplus):
        value = R[register]
        if register >= code.free_start:
            kind = FREE
        elif names[register] in code.cell_names:
            kind = CELL
        else:
            kind = LOCAL
        slots.append(Slot(kind, names[register], UNBOUND if value is NULL else value))
    if depth:
        base = code.stack_base
        for position in range(depth):
            value = R[base + position]
            slots.append(Slot(STACK, str(position), UNBOUND if value is NULL else value))
    site = code.sites[index] if 0 <= index < len(code.sites) else None
    line = site.line if site is not None else None
    return FrameView(key, co.co_qualname, co.co_filename, line, slots, thread)


def stack_values(frame, depth: int) -> list:
    """The values on ``frame``'s stack (bottom first), NULL for an empty register."""
    base = frame.code.stack_base
    return frame.R[base:base + depth]
