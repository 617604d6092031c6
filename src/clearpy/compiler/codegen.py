"""Code generation: from the AST and its symbol tables to instruction sequences.

This is CPython 3.12's ``Python/compile.c``. The code generator walks the
syntax tree once. Each *code unit* it meets (the module, every class body,
function, lambda, non-inlined comprehension and PEP 695 scope) gets its own
``InstructionSequence``: a flat list of instructions, each with an opcode, an
argument and the source position it comes from. Jumps point at ``Label``s that
are placed later. Nothing is optimized here; the back end
(``clearpy.compiler.backend``) turns each sequence into a control-flow graph,
optimizes it and assembles a ``types.CodeType``. A nested unit's code object
becomes a constant of the unit around it, loaded by ``LOAD_CONST`` right
before ``MAKE_FUNCTION``.

The generator is split the way compile.c's concepts split; this module holds
what every part shares (units, names, constants, frame blocks, errors), and
each concept adds its visitors from its own module:

    codegen_expressions     operators, calls, attributes, subscripts, containers
    codegen_fstrings        f-strings (JoinedStr, FormattedValue)
    codegen_statements      assignments, if/for/while, return, import, assert...
    codegen_exceptions      try/except/finally, except*, with, async with
    codegen_functions       def, lambda, class, decorators, PEP 695 generics
    codegen_comprehensions  comprehensions (PEP 709 inlining) and generators
    codegen_patterns        match statements (PEP 634)
"""

import ast

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.codegen_diagnostics import error_at, warn_at
from clearpy.compiler.constants import ConstCache, const_key
from clearpy.compiler.instruction_sequence import (
    NO_LOCATION, CodeUnitMetadata, Instruction, InstructionSequence, Location)
from clearpy.compiler.symtable import (
    CELL, DEF_COMP_CELL, DEF_FREE_CLASS, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
    SCOPE_MASK, SCOPE_OFFSET, BlockType, mangle)


def _opcodes(names: str) -> tuple[int, ...]:
    return tuple(BY_NAME[name].opcode for name in names.split())


# The opcodes the code generator emits, as plain ints for speed.
(NOP, POP_TOP, PUSH_NULL, RESUME, RETURN_VALUE, LOAD_CONST, LOAD_NAME, STORE_NAME,
 DELETE_NAME, LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
 LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_LOCALS, LOAD_FROM_DICT_OR_DEREF,
 LOAD_FROM_DICT_OR_GLOBALS, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_SUPER_ATTR,
 LOAD_METHOD, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR, COPY, SWAP,
 POP_BLOCK, POP_EXCEPT, RERAISE, CALL, MAKE_FUNCTION, BUILD_TUPLE, SEND, SETUP_FINALLY,
 YIELD_VALUE, JUMP_NO_INTERRUPT, CLEANUP_THROW, END_SEND, JUMP, SETUP_CLEANUP, SETUP_WITH,
 CALL_INTRINSIC_1, CALL_INTRINSIC_2, GET_AWAITABLE, SETUP_ANNOTATIONS, KW_NAMES,
 STORE_FAST_MAYBE_NULL, LOAD_FAST_AND_CLEAR, MAKE_CELL) = _opcodes(
    "NOP POP_TOP PUSH_NULL RESUME RETURN_VALUE LOAD_CONST LOAD_NAME STORE_NAME "
    "DELETE_NAME LOAD_FAST STORE_FAST DELETE_FAST LOAD_GLOBAL STORE_GLOBAL DELETE_GLOBAL "
    "LOAD_DEREF STORE_DEREF DELETE_DEREF LOAD_CLOSURE LOAD_LOCALS LOAD_FROM_DICT_OR_DEREF "
    "LOAD_FROM_DICT_OR_GLOBALS LOAD_ATTR STORE_ATTR DELETE_ATTR LOAD_SUPER_ATTR "
    "LOAD_METHOD LOAD_SUPER_METHOD LOAD_ZERO_SUPER_METHOD LOAD_ZERO_SUPER_ATTR COPY SWAP "
    "POP_BLOCK POP_EXCEPT RERAISE CALL MAKE_FUNCTION BUILD_TUPLE SEND SETUP_FINALLY "
    "YIELD_VALUE JUMP_NO_INTERRUPT CLEANUP_THROW END_SEND JUMP SETUP_CLEANUP SETUP_WITH "
    "CALL_INTRINSIC_1 CALL_INTRINSIC_2 GET_AWAITABLE SETUP_ANNOTATIONS KW_NAMES "
    "STORE_FAST_MAYBE_NULL LOAD_FAST_AND_CLEAR MAKE_CELL")

# CALL_INTRINSIC_1 / CALL_INTRINSIC_2 arguments (pycore_intrinsics.h).
INTRINSIC_PRINT = 1
INTRINSIC_IMPORT_STAR = 2
INTRINSIC_STOPITERATION_ERROR = 3
INTRINSIC_ASYNC_GEN_WRAP = 4
INTRINSIC_UNARY_POSITIVE = 5
INTRINSIC_LIST_TO_TUPLE = 6
INTRINSIC_TYPEVAR = 7
INTRINSIC_PARAMSPEC = 8
INTRINSIC_TYPEVARTUPLE = 9
INTRINSIC_SUBSCRIPT_GENERIC = 10
INTRINSIC_TYPEALIAS = 11
INTRINSIC_PREP_RERAISE_STAR = 1
INTRINSIC_TYPEVAR_WITH_BOUND = 2
INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3
INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4

# The kinds of code unit (compile.c's COMPILER_SCOPE_*).
SCOPE_MODULE = 0
SCOPE_CLASS = 1
SCOPE_FUNCTION = 2
SCOPE_ASYNC_FUNCTION = 3
SCOPE_LAMBDA = 4
SCOPE_COMPREHENSION = 5
SCOPE_TYPEPARAMS = 6

# Frame blocks: what the code being generated is nested in, so that ``break``,
# ``continue`` and ``return`` know what to clean up on their way out.
WHILE_LOOP = "while loop"
FOR_LOOP = "for loop"
TRY_EXCEPT = "try/except"
FINALLY_TRY = "try of try/finally"
FINALLY_END = "finally of try/finally"
WITH = "with"
ASYNC_WITH = "async with"
HANDLER_CLEANUP = "except handler cleanup"
POP_VALUE = "pop value"
EXCEPTION_HANDLER = "except handler"
EXCEPTION_GROUP_HANDLER = "except* handler"
ASYNC_COMPREHENSION_GENERATOR = "async comprehension"

MAX_FRAME_BLOCKS = 20          # CO_MAXBLOCKS
STACK_USE_GUIDELINE = 30       # above this many stack items, build containers piecewise

# Code flags (Include/cpython/code.h) and the compiler flags code objects inherit.
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_COROUTINE = 0x0080
CO_ASYNC_GENERATOR = 0x0200
CO_FUTURE_ANNOTATIONS = 0x1000000
PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

# A fast local's instruction for each context of a name.
_FAST_OPCODES = {ast.Load: LOAD_FAST, ast.Store: STORE_FAST, ast.Del: DELETE_FAST}

_FUNCTION_LIKE_BLOCKS = frozenset({BlockType.FUNCTION, BlockType.TYPE_VAR_BOUND,
                                   BlockType.TYPE_ALIAS, BlockType.TYPE_PARAMETERS})


def location_of(node) -> tuple:
    """An AST node's span as an instruction location (compile.c's ``LOC``).

    Speed: a plain tuple of ``Location``'s four fields, not a ``Location``. It is
    the code generator's most frequent allocation, and a tuple display is built
    in one instruction where a NamedTuple needs a call. Everything that reads a
    location indexes it (``location[0]`` is the line), so both kinds work.
    """
    return (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)


class FrameBlock:
    """One entry of the frame-block stack (``struct fblockinfo``)."""

    __slots__ = ("kind", "block", "exit", "datum")

    def __init__(self, kind: str, block, exit, datum):
        self.kind = kind
        self.block = block      # label: a loop's start (for ``continue``) ...
        self.exit = exit        # label: a loop's end (for ``break``) ...
        self.datum = datum      # kind-specific: the finally body, the with statement ...


class CompilerUnit:
    """The state of the code unit being generated (``struct compiler_unit``)."""

    __slots__ = ("scope", "scope_type", "private", "sequence", "metadata", "frame_blocks",
                 "in_inlined_comprehension", "function_like", "class_block")

    def __init__(self, scope, scope_type: int, private: str | None, metadata: CodeUnitMetadata):
        self.scope = scope                    # its symbol table entry
        self.scope_type = scope_type          # SCOPE_MODULE ... SCOPE_TYPEPARAMS
        self.private = private                # class name for mangling __names, or None
        self.sequence = InstructionSequence()
        self.metadata = metadata
        self.frame_blocks: list[FrameBlock] = []
        self.in_inlined_comprehension = 0
        # Asked for every name: worked out once.
        self.function_like = scope.type in _FUNCTION_LIKE_BLOCKS
        self.class_block = scope.type == BlockType.CLASS


def _dict_by_scope(symbols: dict, scope_kind: int, flag: int, offset: int) -> dict:
    """Names of ``symbols`` whose scope is ``scope_kind`` or with ``flag``, sorted,
    numbered from ``offset`` (compile.c's ``dictbytype``)."""
    chosen = [name for name, flags in symbols.items()
              if (flags >> SCOPE_OFFSET) & SCOPE_MASK == scope_kind or flags & flag]
    if not chosen:
        return {}        # the common case: no sort needed
    chosen.sort()
    return {name: index for index, name in enumerate(chosen, offset)}


def _index_in(table: dict, key) -> int:
    """The index of ``key`` in a name table, adding it at the end if new (``dict_add_o``)."""
    index = table.get(key)
    if index is None:
        index = table[key] = len(table)
    return index


class CodeGeneratorCore:
    """Shared machinery of the code generator (the compiler struct and its helpers).

    ``assemble`` is the back end: ``assemble(sequence, metadata, code_flags,
    filename, const_cache) -> types.CodeType``
    (``clearpy.compiler.backend.optimize_and_assemble``).
    """

    def __init__(self, symtable, filename: str, future, flags: int, optimize: int, assemble):
        self.symtable = symtable
        self.filename = filename
        self.future = future                  # FutureFeatures (features merged with flags)
        self.flags = flags                    # compile() flags, merged with the future features
        self.optimize = optimize
        self.assemble_unit = assemble
        self.interactive = False
        self.nest_level = 0
        self.const_cache = ConstCache()
        self.unit: CompilerUnit | None = None
        self.unit_stack: list[CompilerUnit] = []
        # Cached for speed: the current unit's instruction list.
        self.instructions: list | None = None

    # -- errors and warnings -------------------------------------------------------

    def error(self, message: str, location) -> SyntaxError:
        """The SyntaxError to raise for ``message`` at ``location`` (use ``raise``)."""
        return error_at(message, self.filename, location)

    def warn(self, message: str, location) -> None:
        warn_at(message, self.filename, location)

    # -- emitting instructions -----------------------------------------------------

    def addop(self, opcode: int, location, oparg: int = 0) -> None:
        """Append one instruction to the current unit."""
        self.instructions.append(Instruction(opcode, oparg, location))

    def addop_jump(self, opcode: int, location, label) -> None:
        self.instructions.append(Instruction(opcode, label, location))

    def new_label(self):
        return self.unit.sequence.new_label()

    def use_label(self, label) -> None:
        label.position = len(self.instructions)

    def add_const(self, value) -> int:
        """The index of ``value`` in the unit's constants (merged through the cache)."""
        kind = type(value)
        if kind is str or kind is int or value is None:
            # The common case, made quick: these constants are their own key.
            key = self.const_cache.objects.setdefault(value, value)
        else:
            key = const_key(self.const_cache.merge_recursive(value))
        consts = self.unit.metadata.consts
        index = consts.get(key)
        if index is None:
            index = consts[key] = len(consts)
        return index

    def load_const(self, value, location) -> None:
        # Speed: add_const's common case written out (a call less per constant).
        kind = type(value)
        if kind is str or kind is int or value is None:
            key = self.const_cache.objects.setdefault(value, value)
            consts = self.unit.metadata.consts
            index = consts.get(key)
            if index is None:
                index = consts[key] = len(consts)
        else:
            index = self.add_const(value)
        self.instructions.append(Instruction(LOAD_CONST, index, location))

    def addop_name(self, opcode: int, location, name: str, table: dict) -> None:
        """An instruction naming ``name`` (mangled), with the argument encodings of
        LOAD_ATTR, LOAD_METHOD and the LOAD_SUPER_* family (``compiler_addop_name``)."""
        private = self.unit.private
        if private is not None and name.startswith("__"):
            name = mangle(private, name)
        index = table.get(name)
        if index is None:
            index = table[name] = len(table)
        if opcode == LOAD_ATTR:
            index <<= 1
        elif opcode == LOAD_METHOD:
            opcode = LOAD_ATTR
            index = index << 1 | 1
        elif opcode == LOAD_SUPER_ATTR:
            index = index << 2 | 2
        elif opcode == LOAD_SUPER_METHOD:
            opcode = LOAD_SUPER_ATTR
            index = index << 2 | 3
        elif opcode == LOAD_ZERO_SUPER_ATTR:
            opcode = LOAD_SUPER_ATTR
            index <<= 2
        elif opcode == LOAD_ZERO_SUPER_METHOD:
            opcode = LOAD_SUPER_ATTR
            index = index << 2 | 1
        self.instructions.append(Instruction(opcode, index, location))

    def addop_indexed(self, opcode: int, location, name: str, table: dict) -> None:
        """An instruction whose argument is ``name``'s index in ``table`` (``ADDOP_N``)."""
        index = table.get(name)
        if index is None:
            index = table[name] = len(table)
        self.instructions.append(Instruction(opcode, index, location))

    def insert_at_start(self, opcode: int, oparg, location) -> None:
        """Insert an instruction before all others, moving placed labels along."""
        self.instructions.insert(0, Instruction(opcode, oparg, location))
        for label in self.unit.sequence.labels:
            if label.position >= 0:
                label.position += 1

    # -- code units ------------------------------------------------------------------

    def enter_scope(self, name: str, scope_type: int, key, lineno: int) -> None:
        """Start a new code unit for ``key``'s scope (``compiler_enter_scope``)."""
        scope = self.symtable.lookup(key)
        metadata = CodeUnitMetadata(name, firstlineno=lineno)
        metadata.varnames = {name: index for index, name in enumerate(scope.varnames)}
        metadata.cellvars = cellvars = _dict_by_scope(scope.symbols, CELL, DEF_COMP_CELL, 0)
        if scope.needs_class_closure:
            _index_in(cellvars, "__class__")
        if scope.needs_classdict:
            _index_in(cellvars, "__classdict__")
        metadata.freevars = _dict_by_scope(scope.symbols, FREE, DEF_FREE_CLASS, len(cellvars))
        private = None
        if self.unit is not None:
            self.unit_stack.append(self.unit)
            private = self.unit.private
        self.unit = unit = CompilerUnit(scope, scope_type, private, metadata)
        self.instructions = unit.sequence.instructions
        self.nest_level += 1
        if scope_type == SCOPE_MODULE:
            location = Location(0, lineno, 0, 0)
        else:
            self.set_qualname()
            location = Location(lineno, lineno, 0, 0)
        self.addop(RESUME, location, 0)

    def exit_scope(self) -> None:
        """Return to the enclosing unit (``compiler_exit_scope``)."""
        self.nest_level -= 1
        self.unit = self.unit_stack.pop() if self.unit_stack else None
        self.instructions = self.unit.sequence.instructions if self.unit is not None else None

    def set_qualname(self) -> None:
        """The unit's ``__qualname__``: its name after its parent's (``compiler_set_qualname``)."""
        unit = self.unit
        stack = self.unit_stack
        base = None
        if stack:
            parent = stack[-1]
            if parent.scope_type == SCOPE_TYPEPARAMS:
                # A generic's hidden scope does not show: look at the grandparent.
                if len(stack) == 1:
                    unit.metadata.qualname = unit.metadata.name
                    return
                parent = stack[-2]
            force_global = False
            if unit.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_CLASS):
                mangled = mangle(parent.private, unit.metadata.name)
                if parent.scope.get_scope(mangled) == GLOBAL_EXPLICIT:
                    force_global = True
            if not force_global:
                if parent.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA):
                    base = parent.metadata.qualname + ".<locals>"
                else:
                    base = parent.metadata.qualname
        unit.metadata.qualname = (f"{base}.{unit.metadata.name}" if base is not None
                                  else unit.metadata.name)

    def is_top_level_await(self) -> bool:
        """``await`` allowed at module level (``PyCF_ALLOW_TOP_LEVEL_AWAIT``, asyncio REPL)."""
        return bool(self.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) and \
            self.unit.scope.type == BlockType.MODULE

    def code_flags(self) -> int:
        """The unit's ``co_flags`` as far as the code generator knows them."""
        scope = self.unit.scope
        flags = 0
        if scope.type in _FUNCTION_LIKE_BLOCKS:
            flags |= CO_NEWLOCALS | CO_OPTIMIZED
            if scope.nested:
                flags |= CO_NESTED
            if scope.generator and not scope.coroutine:
                flags |= CO_GENERATOR
            if not scope.generator and scope.coroutine:
                flags |= CO_COROUTINE
            if scope.generator and scope.coroutine:
                flags |= CO_ASYNC_GENERATOR
            if scope.varargs:
                flags |= CO_VARARGS
            if scope.varkeywords:
                flags |= CO_VARKEYWORDS
        flags |= self.flags & PyCF_MASK
        if self.is_top_level_await() and scope.coroutine and not scope.generator:
            flags |= CO_COROUTINE
        return flags

    def finish_unit(self, add_none: bool):
        """Add the final return and hand the unit to the back end (``optimize_and_assemble``)."""
        flags = self.code_flags()
        self.add_return_at_end(add_none)
        unit = self.unit
        return self.assemble_unit(unit.sequence, unit.metadata, flags, self.filename,
                                  self.const_cache)

    def add_return_at_end(self, add_none: bool) -> None:
        if add_none:
            self.load_const(None, NO_LOCATION)
        self.addop(RETURN_VALUE, NO_LOCATION)

    # -- frame blocks ----------------------------------------------------------------

    def push_frame_block(self, location, kind: str, block, exit=None, datum=None) -> None:
        blocks = self.unit.frame_blocks
        if len(blocks) >= MAX_FRAME_BLOCKS:
            raise self.error("too many statically nested blocks", location)
        blocks.append(FrameBlock(kind, block, exit, datum))

    def pop_frame_block(self, kind: str, block) -> None:
        popped = self.unit.frame_blocks.pop()
        assert popped.kind == kind and popped.block is block

    # -- names -----------------------------------------------------------------------

    def check_forbidden_name(self, name: str, context, location) -> None:
        """``__debug__`` can be neither assigned nor deleted (``forbidden_name``)."""
        if name == "__debug__":
            if context is ast.Store:
                raise self.error("cannot assign to __debug__", location)
            if context is ast.Del:
                raise self.error("cannot delete __debug__", location)

    def nameop(self, location, name: str, context) -> None:
        """Load, store or delete a variable, with the instruction its scope calls for
        (``compiler_nameop``). ``context`` is ast.Load, ast.Store or ast.Del."""
        if name == "__debug__":
            self.check_forbidden_name(name, context, location)
        unit = self.unit
        private = unit.private
        if private is not None and name.startswith("__"):
            name = mangle(private, name)
        scope_kind = (unit.scope.symbols.get(name, 0) >> SCOPE_OFFSET) & SCOPE_MASK
        if scope_kind == LOCAL and unit.function_like:      # the most common case
            # Speed: addop_indexed written out, this is the commonest instruction.
            varnames = unit.metadata.varnames
            index = varnames.get(name)
            if index is None:
                index = varnames[name] = len(varnames)
            self.instructions.append(Instruction(_FAST_OPCODES[context], index, location))
            return
        self.other_nameop(location, name, context, scope_kind)

    def other_nameop(self, location, mangled: str, context, scope_kind: int) -> None:
        """``nameop`` for every variable but a function's plain local."""
        unit = self.unit
        metadata = unit.metadata
        scope = unit.scope
        function_like = unit.function_like
        if scope_kind == FREE or scope_kind == CELL:
            table = metadata.freevars if scope_kind == FREE else metadata.cellvars
            if context is ast.Load:
                if unit.class_block and not unit.in_inlined_comprehension:
                    opcode = LOAD_FROM_DICT_OR_DEREF
                    self.addop(LOAD_LOCALS, location)
                elif scope.can_see_class_scope:
                    opcode = LOAD_FROM_DICT_OR_DEREF
                    self.addop_indexed(LOAD_DEREF, location, "__classdict__", metadata.freevars)
                else:
                    opcode = LOAD_DEREF
            elif context is ast.Store:
                opcode = STORE_DEREF
            else:
                opcode = DELETE_DEREF
            self.addop_indexed(opcode, location, mangled, table)
            return
        if scope_kind == LOCAL and metadata.fasthidden.get(mangled) is True:
            self.addop_indexed(_FAST_OPCODES[context], location, mangled, metadata.varnames)
            return
        if scope_kind == GLOBAL_EXPLICIT or (scope_kind == GLOBAL_IMPLICIT and function_like):
            if context is ast.Load:
                if scope.can_see_class_scope and scope_kind == GLOBAL_IMPLICIT:
                    self.addop_indexed(LOAD_DEREF, location, "__classdict__", metadata.freevars)
                    self.addop_indexed(LOAD_FROM_DICT_OR_GLOBALS, location, mangled,
                                       metadata.names)
                else:
                    index = _index_in(metadata.names, mangled)
                    self.addop(LOAD_GLOBAL, location, index << 1)
            else:
                opcode = STORE_GLOBAL if context is ast.Store else DELETE_GLOBAL
                self.addop_indexed(opcode, location, mangled, metadata.names)
            return
        if context is ast.Load:
            if unit.class_block and unit.in_inlined_comprehension:
                self.addop(LOAD_GLOBAL, location, _index_in(metadata.names, mangled) << 1)
                return
            opcode = LOAD_NAME
        else:
            opcode = STORE_NAME if context is ast.Store else DELETE_NAME
        self.addop_indexed(opcode, location, mangled, metadata.names)

    def reference_type(self, name: str) -> int:
        """How ``name`` is reached from the current unit (``get_ref_type``)."""
        if self.unit.scope_type == SCOPE_CLASS and name in ("__class__", "__classdict__"):
            return CELL
        unit = self.unit
        scope_kind = unit.scope.get_scope(name)
        if scope_kind == 0:
            # CPython's own bug report for this case (the number is the scope's address).
            raise SystemError(f"_PyST_GetScope(name={name!r}) failed: unknown scope in unit "
                              f"{unit.metadata.name} ({unit.scope.id}); symbols: "
                              f"{unit.scope.symbols!r}; locals: {unit.metadata.varnames!r}; "
                              f"globals: {unit.metadata.names!r}")
        return scope_kind

    # -- shared code patterns ----------------------------------------------------------

    def make_closure(self, location, code, flags: int) -> None:
        """Push a function made from ``code``, with its closure cells (``compiler_make_closure``)."""
        freevars = code.co_freevars
        if freevars:
            metadata = self.unit.metadata
            for name in freevars:
                if self.reference_type(name) == CELL:
                    index = metadata.cellvars.get(name)
                else:
                    index = metadata.freevars.get(name)
                if index is None:
                    raise SystemError(f"compiler_lookup_arg(name={name!r}) failed in "
                                      f"{metadata.name}; freevars of code {code.co_name}: "
                                      f"{freevars!r}")
                self.addop(LOAD_CLOSURE, location, index)
            flags |= 0x08
            self.addop(BUILD_TUPLE, location, len(freevars))
        self.load_const(code, location)
        self.addop(MAKE_FUNCTION, location, flags)

    def call_exit_with_nones(self, location) -> None:
        self.load_const(None, location)
        self.load_const(None, location)
        self.load_const(None, location)
        self.addop(CALL, location, 2)

    def add_yield_from(self, location, is_await: bool) -> None:
        """The SEND loop of ``yield from`` and ``await`` (``compiler_add_yield_from``)."""
        send = self.new_label()
        fail = self.new_label()
        exit = self.new_label()
        self.use_label(send)
        self.addop_jump(SEND, location, exit)
        # A virtual try/except: YIELD_VALUE raises only if close() or throw() do.
        self.addop_jump(SETUP_FINALLY, location, fail)
        self.addop(YIELD_VALUE, location, 0)
        self.addop(POP_BLOCK, NO_LOCATION)
        self.addop(RESUME, location, 3 if is_await else 2)
        self.addop_jump(JUMP_NO_INTERRUPT, location, send)
        self.use_label(fail)
        self.addop(CLEANUP_THROW, location)
        self.use_label(exit)
        self.addop(END_SEND, location)

    def add_yield(self, location) -> None:
        scope = self.unit.scope
        if scope.generator and scope.coroutine:
            self.addop(CALL_INTRINSIC_1, location, INTRINSIC_ASYNC_GEN_WRAP)
        self.addop(YIELD_VALUE, location, 0)
        self.addop(RESUME, location, 1)

    def pop_except_and_reraise(self, location) -> None:
        """[exc_info, lasti, exc] -> restore exc_info and re-raise exc."""
        self.addop(COPY, location, 3)
        self.addop(POP_EXCEPT, location)
        self.addop(RERAISE, location, 1)

    def wrap_in_stopiteration_handler(self) -> None:
        """Turn a StopIteration escaping a generator into a RuntimeError (PEP 479)."""
        handler = self.new_label()
        self.insert_at_start(SETUP_CLEANUP, handler, NO_LOCATION)
        self.load_const(None, NO_LOCATION)
        self.addop(RETURN_VALUE, NO_LOCATION)
        self.use_label(handler)
        self.addop(CALL_INTRINSIC_1, NO_LOCATION, INTRINSIC_STOPITERATION_ERROR)
        self.addop(RERAISE, NO_LOCATION, 1)


def find_annotations(statements: list) -> bool:
    """True if a block holds a variable annotation, outside nested scopes (``find_ann``)."""
    for statement in statements:
        kind = type(statement)
        if kind is ast.AnnAssign:
            return True
        if kind in (ast.For, ast.AsyncFor, ast.While, ast.If):
            if find_annotations(statement.body) or find_annotations(statement.orelse):
                return True
        elif kind in (ast.With, ast.AsyncWith):
            if find_annotations(statement.body):
                return True
        elif kind in (ast.Try, ast.TryStar):
            for handler in statement.handlers:
                if find_annotations(handler.body):
                    return True
            if (find_annotations(statement.body) or find_annotations(statement.finalbody)
                    or find_annotations(statement.orelse)):
                return True
        elif kind is ast.Match:
            for case in statement.cases:
                if find_annotations(case.body):
                    return True
    return False


def docstring_of(statements: list):
    """The docstring a body starts with, or None (``_PyAST_GetDocString``)."""
    if statements:
        first = statements[0]
        if type(first) is ast.Expr:
            value = first.value
            if type(value) is ast.Constant and type(value.value) is str:
                return value.value
    return None
