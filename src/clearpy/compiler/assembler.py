"""The assembler: from the laid-out graph to a real ``types.CodeType``.

By now every block has its place and every jump its distance. The assembler
writes the four byte strings of a code object (CPython 3.12's Python/assemble.c):

- ``co_code``: per instruction, ``EXTENDED_ARG`` prefixes for an argument
  over 255, then the opcode byte and the argument's low byte, then its cache
  entries (zeros the interpreter fills in while it runs);
- ``co_linetable``: the source position of each instruction
  (``clearpy.bytecode.linetable``);
- ``co_exceptiontable``: for each run of instructions with the same handler,
  where the handler is and how deep the stack is when it starts
  (``clearpy.bytecode.exception_table``);

and builds the code object with the unit's names, constants, flags and the
localsplus layout (``localsplus``).
"""

from types import CodeType

from clearpy.bytecode.exception_table import ExceptionTableEntry, encode_exception_table
from clearpy.bytecode.instructions import CODE_UNIT_SIZE, opcode_table
from clearpy.bytecode.linetable import encode_linetable
from clearpy.compiler.constants import ConstCache
from clearpy.compiler.flowgraph import ControlFlowGraph
from clearpy.compiler.instruction_sequence import CodeUnitMetadata
from clearpy.compiler.jumps import UNITS
from clearpy.compiler.localsplus import CO_FAST_CELL, CO_FAST_FREE, localsplus_names_and_kinds
from clearpy.compiler.opcodes import EXTENDED_ARG

# The cache entries after each opcode, as the zero bytes written after it.
_CACHE_BYTES = [bytes(CODE_UNIT_SIZE * (caches or 0)) for caches in opcode_table("cache_entries")]


def assemble(graph: ControlFlowGraph, firstlineno: int) -> tuple[bytes, bytes, bytes]:
    """``co_code``, ``co_linetable`` and ``co_exceptiontable``, in one walk over the code.

    For each instruction: its bytes (EXTENDED_ARG prefixes, opcode and low
    byte of the argument, zeroed caches); its size joins the current run of
    same-location code units for the line table; and its handler joins the
    current run of same-handler code units for the exception table.
    """
    code = bytearray()
    cache_bytes = _CACHE_BYTES
    units = UNITS
    runs = []                       # (location, size) for the line table
    location = None
    location_size = 0
    has_handlers = graph.has_handlers
    entries = []                    # for the exception table
    handler = None
    handler_offset = -1
    handler_start = 0
    offset = 0
    for block in graph.blocks():
        for instruction in block.instructions:
            opcode = instruction.opcode
            oparg = instruction.oparg
            size = units[opcode]
            if oparg > 0xFF:
                if oparg > 0xFFFFFF:
                    code += bytes((EXTENDED_ARG, (oparg >> 24) & 0xFF))
                    size += 1
                if oparg > 0xFFFF:
                    code += bytes((EXTENDED_ARG, (oparg >> 16) & 0xFF))
                    size += 1
                code += bytes((EXTENDED_ARG, (oparg >> 8) & 0xFF))
                size += 1
            code.append(opcode)
            code.append(oparg & 0xFF)
            code += cache_bytes[opcode]
            if instruction.location is not location and instruction.location != location:
                if location_size:
                    runs.append((location, location_size))
                location = instruction.location
                location_size = 0
            location_size += size
            if has_handlers:
                current = instruction.handler
                if current is not handler:
                    current_offset = -1 if current is None else current.offset
                    if current_offset != handler_offset:
                        if handler is not None:
                            entries.append(_entry(handler_start, offset, handler))
                        handler_start = offset
                        handler_offset = current_offset
                        handler = current
            offset += size
    if location_size:
        runs.append((location, location_size))
    if handler is not None:
        entries.append(_entry(handler_start, offset, handler))
    return bytes(code), encode_linetable(runs, firstlineno), encode_exception_table(entries)


def _entry(start: int, end: int, handler) -> ExceptionTableEntry:
    depth = handler.start_depth - 1 - handler.preserve_lasti
    if depth < 0:
        raise SystemError("clearpy: an exception handler that the stack-depth pass never reached")
    return ExceptionTableEntry(start * CODE_UNIT_SIZE, end * CODE_UNIT_SIZE,
                               handler.offset * CODE_UNIT_SIZE, depth, handler.preserve_lasti)


def make_code_object(metadata: CodeUnitMetadata, graph: ControlFlowGraph, consts: list,
                     max_depth: int, nlocalsplus: int, code_flags: int, filename: str,
                     const_cache: ConstCache | None = None) -> CodeType:
    """Assemble the byte strings and build the code object (``_PyAssemble_MakeCodeObject``)."""
    merge = const_cache.merge if const_cache is not None else _same
    code, linetable, exception_table = assemble(graph, metadata.firstlineno)
    exception_table = merge(exception_table)
    linetable = merge(linetable)
    code = merge(code)
    names = [None] * len(metadata.names)
    for name, index in metadata.names.items():
        names[index] = name
    names = merge(tuple(names))
    consts = merge(tuple(consts))
    localsplus_names, kinds = localsplus_names_and_kinds(metadata, nlocalsplus)
    varnames = tuple(localsplus_names[:len(metadata.varnames)])
    # co_cellvars lists every cell in localsplus order, parameters that are cells included.
    cellvars = tuple(name for name, kind in zip(localsplus_names, kinds) if kind & CO_FAST_CELL)
    freevars = tuple(name for name, kind in zip(localsplus_names, kinds) if kind & CO_FAST_FREE)
    return CodeType(
        metadata.posonlyargcount + metadata.argcount, metadata.posonlyargcount, metadata.kwonlyargcount,
        len(varnames), max_depth, code_flags, code, consts, names, varnames,
        filename, metadata.name, metadata.qualname if metadata.qualname is not None else metadata.name,
        metadata.firstlineno, linetable, exception_table, freevars, cellvars)


def _same(value):
    return value
