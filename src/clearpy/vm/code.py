"""What the VM knows about a code object, worked out once.

A ``types.CodeType`` holds bytecode as bytes. Reading those bytes again every
time an instruction runs would be slow, so the first time the VM meets a code
object it *decodes* it into a ``VMCode``:

- a list of ``Site`` objects, one per instruction: its opcode and argument
  (``EXTENDED_ARG`` folded in, caches skipped), where it is, what comes next
  and where it jumps;
- the depth of the value stack before every instruction. CPython's compiler
  guarantees that this depth is the same every time an instruction runs, so
  it can be computed once, by following every path through the code;
- the *register layout* of a frame. A frame keeps its local variables, its
  cells and its value stack in one list, as CPython's frames do
  (``localsplus``): ``R[0:nlocalsplus]`` are the variables, and the value
  stack starts at ``R[stack_base]``. Because the stack depth before each
  instruction is known, "the value on top of the stack" is always a known
  register, and an instruction handler can read and write registers directly
  instead of pushing and popping;
- for every instruction, the exception handler that covers it (from
  ``co_exceptiontable``) and its line number;
- the instruction handlers themselves, built by ``handlers.build_ops`` (one
  small function per instruction, with everything it needs already looked up).
"""

import types
import weakref

from clearpy.bytecode.code_units import iterate_code_units
from clearpy.bytecode.exception_table import decode_exception_table
from clearpy.bytecode.instructions import BY_NAME, BY_OPCODE, CODE_UNIT_SIZE
from clearpy.vm.errors import InternalError, internal_error_from
from clearpy.vm.null import NULL

CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200
CO_FUTURE_FLAGS = 0x1FE0000  # the CO_FUTURE_* bits that compile() and exec() inherit

_EXTENDED_ARG = BY_NAME["EXTENDED_ARG"].opcode
_FOR_ITER = BY_NAME["FOR_ITER"].opcode
_RETURN_GENERATOR = BY_NAME["RETURN_GENERATOR"].opcode

# Instructions after which execution never falls through to the next one.
_NO_FALL_THROUGH = {
    "RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE", "JUMP_FORWARD",
    "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "INTERPRETER_EXIT",
}


# Speed: an instruction's stack effect is worked out from its stack picture
# ("container sub -- res") by small functions of oparg; remembering each
# (opcode, oparg) answer makes decoding a code object several times faster.
_net_effects: dict[tuple[int, int], int] = {}


def _net_stack_effect(definition, oparg: int) -> int:
    """How many values ``definition`` with ``oparg`` leaves on the stack, less
    how many it takes."""
    key = (definition.opcode, oparg)
    effect = _net_effects.get(key)
    if effect is None:
        effect = _net_effects[key] = definition.pushed(oparg) - definition.popped(oparg)
    return effect


class Site:
    """One instruction of one code object, as the VM sees it.

    ``index`` numbers the instructions 0, 1, 2... (the VM's program counter
    counts instructions, not bytes); ``offset`` is the byte offset ``dis``
    shows. ``depth`` is the number of values on the stack before the
    instruction runs (None if no path reaches it).
    """

    __slots__ = ("code", "index", "offset", "start", "opcode", "name", "oparg",
                 "definition", "depth", "next", "target")

    def __init__(self, code, index, offset, start, opcode, oparg):
        self.code = code
        self.index = index
        self.offset = offset          # where the instruction itself is
        self.start = start            # where its first EXTENDED_ARG prefix is
        self.opcode = opcode
        self.definition = BY_OPCODE.get(opcode)
        self.name = self.definition.name if self.definition else f"<{opcode}>"
        self.oparg = oparg
        self.depth = None
        self.next = index + 1
        self.target = None            # index of the jump target, for jumps

    def stack(self, position: int) -> int:
        """The register holding the value ``position`` places from the top of
        the stack before this instruction (1 is the top)."""
        return self.code.stack_base + self.depth - position

    @property
    def line(self):
        return self.code.lines[self.index]

    def __repr__(self) -> str:
        return f"<Site {self.offset} {self.name} {self.oparg} depth={self.depth}>"


class VMCode:
    """A code object decoded once for the VM (see the module docstring)."""

    def __init__(self, co: types.CodeType):
        self.co = co
        self.name = co.co_name
        self.flags = co.co_flags
        self.is_generator_like = bool(co.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        # The names of R[0:nlocalsplus]: arguments and locals, then cells that are
        # not arguments, then free variables (CPython's co_localsplusnames).
        cells = [name for name in co.co_cellvars if name not in co.co_varnames]
        self.localsplus_names = list(co.co_varnames) + cells + list(co.co_freevars)
        self.nlocals = co.co_nlocals
        self.cell_names = set(co.co_cellvars)
        self.free_start = len(co.co_varnames) + len(cells)
        self.nlocalsplus = len(self.localsplus_names)
        self.stack_base = self.nlocalsplus
        self.register_count = self.nlocalsplus + co.co_stacksize + 1
        # A call that passes exactly the positional parameters can use its list of
        # arguments as the start of the registers, followed by this tail.
        self.simple_signature = not (co.co_flags & (CO_VARARGS | CO_VARKEYWORDS)
                                     or co.co_kwonlyargcount)
        self.tail = [NULL] * (self.register_count - co.co_argcount)
        # How many positional arguments such a call has (-1: no call is that simple).
        self.simple_argcount = co.co_argcount if self.simple_signature else -1
        # Registers after N positional arguments, for N up to co_argcount.
        self.tails = [[NULL] * (self.register_count - given) for given in range(co.co_argcount + 1)]
        self.keyword_layouts = {}   # see arguments.KeywordLayout
        # The parameters a keyword argument can name, and their registers.
        self.keyword_positions = {
            co.co_varnames[index]: index
            for index in range(co.co_posonlyargcount, co.co_argcount + co.co_kwonlyargcount)}
        self.plain_ops = None   # one handler per instruction, built on first use
        self.fast_ops = None    # the list the eval loop runs: plain, then fused (vm/fusion.py)
        self.observed_ops = None  # the handlers while instrumented (clearpy.tracing.instrumentation)
        self.warmth = 0         # counts down to fusing (vm/fusion.py)
        self.nested = None      # VMCode of code constants, filled lazily

    # -- decoding --------------------------------------------------------------

    # Speed: decoding waits until something needs it. A module defines many
    # functions that a given run never calls (importlib's bootstrap alone has
    # some 250), and making a function only needs the few facts worked out in
    # __init__. The instructions, stack depths, exception handlers and lines
    # are made the first time one of them is read: Python calls __getattr__
    # only for an attribute an object does not have yet, so after decoding
    # these are plain attributes and reading them costs nothing extra.
    _DECODED_ON_FIRST_USE = frozenset({"sites", "index_of_offset", "handlers", "lines",
                                       "cell_setup_end"})

    def __getattr__(self, name):
        if name not in VMCode._DECODED_ON_FIRST_USE:
            raise AttributeError(f"'VMCode' object has no attribute {name!r}")
        try:
            self._decode_instructions()
        except InternalError:
            raise
        except BaseException as bug:
            raise internal_error_from(bug, f"while decoding {self!r}") from bug
        return self.__dict__[name]

    def _decode_instructions(self) -> None:
        sites = self._decode()
        index_of_offset = {}
        for site in sites:
            index_of_offset[site.offset] = site.index
            index_of_offset.setdefault(site.start, site.index)
        self._link_jumps(sites, index_of_offset)
        handlers = self._exception_handlers(sites, index_of_offset)
        self._compute_stack_depths(sites, handlers)
        lines = self._compute_lines(sites)
        # The index of the last MAKE_CELL / COPY_FREE_VARS at the start of the code.
        prefix = 0
        while prefix < len(sites) and sites[prefix].name in ("MAKE_CELL", "COPY_FREE_VARS"):
            prefix += 1
        # All at once, at the end: a failure above leaves nothing half made.
        self.__dict__.update(sites=sites, index_of_offset=index_of_offset, handlers=handlers,
                             lines=lines, cell_setup_end=prefix - 1)

    def _decode(self) -> list:
        sites = []
        for start, offset, opcode, oparg in iterate_code_units(self.co.co_code):
            if opcode == _EXTENDED_ARG:
                continue
            sites.append(Site(self, len(sites), offset, start, opcode, oparg))
        return sites

    def _link_jumps(self, sites, index_of_offset) -> None:
        for site in sites:
            definition = site.definition
            if definition is None or not definition.is_jump:
                continue
            after_caches = site.offset + CODE_UNIT_SIZE * (1 + definition.cache_entries)
            if definition.argument == "jump_backward":
                target = after_caches - CODE_UNIT_SIZE * site.oparg
            else:
                target = after_caches + CODE_UNIT_SIZE * site.oparg
            site.target = index_of_offset[target]

    def _exception_handlers(self, sites, index_of_offset) -> list:
        """For each instruction, ``(handler index, stack depth, push lasti)`` or None."""
        handlers = [None] * len(sites)
        for entry in decode_exception_table(self.co.co_exceptiontable):
            handler = (index_of_offset[entry.target], entry.depth, entry.lasti)
            for site in sites:
                if entry.start <= site.offset < entry.end:
                    handlers[site.index] = handler
        return handlers

    def _compute_stack_depths(self, sites, handlers) -> None:
        """Follow every path from the start, recording the stack depth at each instruction."""
        work = [(0, 0)]
        while work:
            index, depth = work.pop()
            while index < len(sites):
                site = sites[index]
                if site.depth is not None:
                    if site.depth != depth:
                        raise InternalError(
                            f"inconsistent stack depth at offset {site.offset} of "
                            f"{self.co.co_name}: {site.depth} and {depth}")
                    break
                site.depth = depth
                handler = handlers[index]
                if handler is not None:
                    target, handler_depth, lasti = handler
                    work.append((target, handler_depth + lasti + 1))
                definition = site.definition
                if definition is None:
                    break
                if site.opcode == _RETURN_GENERATOR:
                    after = depth + 1   # the value sent by the first send() is pushed here
                else:
                    after = depth + _net_stack_effect(definition, site.oparg)
                if site.target is not None:
                    if site.opcode == _FOR_ITER:
                        # Exhausted: the iterator is popped and END_FOR skipped.
                        work.append((site.target + 1, depth - 1))
                        work.append((site.target, depth + 1))
                    elif site.name.startswith("POP_JUMP"):
                        work.append((site.target, depth - 1))
                    else:
                        work.append((site.target, after))
                if site.name in _NO_FALL_THROUGH:
                    break
                index, depth = index + 1, after

    def _compute_lines(self, sites) -> list:
        lines = [None] * len(sites)
        ranges = list(self.co.co_lines())
        position = 0
        for site in sites:
            while position < len(ranges) and ranges[position][1] <= site.offset:
                position += 1
            if position < len(ranges) and ranges[position][0] <= site.offset:
                lines[site.index] = ranges[position][2]
        return lines

    # -- what the rest of the VM asks --------------------------------------------

    def ops(self, fast: bool = True) -> list:
        """The instruction handlers, built the first time they are needed."""
        if self.plain_ops is None:
            from clearpy.vm.handlers import build_ops

            try:
                self.plain_ops, self.fast_ops = build_ops(self)
            except BaseException as bug:
                raise internal_error_from(bug, f"while preparing the handlers of {self!r}") from bug
            if instrument is not None:
                instrument(self)
        return self.fast_ops if fast else self.plain_ops

    def offset_of(self, index: int) -> int:
        return self.sites[index].offset

    def line_of(self, index: int):
        return self.lines[index] if 0 <= index < len(self.lines) else None

    def nested_code(self, co: types.CodeType) -> "VMCode":
        """The VMCode of a code object among this one's constants (for MAKE_FUNCTION)."""
        if self.nested is None:
            self.nested = {}
        key = id(co)
        found = self.nested.get(key)
        if found is None or found.co is not co:
            found = self.nested[key] = vm_code(co)
        return found

    def __repr__(self) -> str:
        return f"<VMCode {self.co.co_qualname} {self.co.co_filename}:{self.co.co_firstlineno}>"


# The one hook for watching the VM run (clearpy.tracing.instrumentation): while
# a tracer or the GIL watches, a function that receives each VMCode as soon as
# its handlers are built and replaces them, in place, with observed ones. The
# eval loop never checks anything: unwatched code runs its handlers as they are.
instrument = None


# Decoded code objects, by identity. Code objects can be equal without being the
# same (equality ignores the file name), so the key is id(); the weak reference
# removes the entry when the code object goes away.
_decoded: dict[int, tuple] = {}


def vm_code(co: types.CodeType) -> VMCode:
    """The VMCode of a code object, decoding it the first time."""
    key = id(co)
    entry = _decoded.get(key)
    if entry is not None and entry[0]() is co:
        return entry[1]
    try:
        decoded = VMCode(co)
    except InternalError:
        raise
    except BaseException as bug:
        raise internal_error_from(bug, f"while decoding {co!r}") from bug
    _decoded[key] = (weakref.ref(co, lambda _, key=key: _decoded.pop(key, None)), decoded)
    return decoded
