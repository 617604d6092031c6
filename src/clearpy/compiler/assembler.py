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
from clearpy.bytecode.linetable import LinetableWriter
from clearpy.compiler.constants import ConstCache
from clearpy.compiler.flowgraph import ControlFlowGraph
from clearpy.compiler.instruction_sequence import CodeUnitMetadata
from clearpy.compiler.jumps import instruction_size
from clearpy.compiler.localsplus import CO_FAST_CELL, CO_FAST_FREE, localsplus_names_and_kinds
from clearpy.compiler.opcodes import EXTENDED_ARG

# The cache entries after each opcode, as the zero bytes written after it.
_CACHE_BYTES = [bytes(CODE_UNIT_SIZE * (caches or 0)) for caches in opcode_table("cache_entries")]


def assemble_code(graph: ControlFlowGraph) -> bytes:
    """``co_code``: every instruction with its EXTENDED_ARG prefixes and caches."""
    code = bytearray()
    cache_bytes = _CACHE_BYTES
    for block in graph.blocks():
        for instruction in block.instructions:
            opcode = instruction.opcode
            oparg = instruction.oparg
            if oparg > 0xFF:
                if oparg > 0xFFFFFF:
                    code += bytes((EXTENDED_ARG, (oparg >> 24) & 0xFF))
                if oparg > 0xFFFF:
                    code += bytes((EXTENDED_ARG, (oparg >> 16) & 0xFF))
                code += bytes((EXTENDED_ARG, (oparg >> 8) & 0xFF))
            code.append(opcode)
            code.append(oparg & 0xFF)
            code += cache_bytes[opcode]
    return bytes(code)


def assemble_linetable(graph: ControlFlowGraph, firstlineno: int) -> bytes:
    """``co_linetable``: runs of code units that share a source position."""
    writer = LinetableWriter(firstlineno)
    location = (-1, -1, -1, -1)
    size = 0
    for block in graph.blocks():
        for instruction in block.instructions:
            if instruction.location != location:
                writer.add(location, size)
                location = instruction.location
                size = 0
            size += instruction_size(instruction.opcode, instruction.oparg)
    writer.add(location, size)
    return writer.getvalue()


def assemble_exception_table(graph: ControlFlowGraph) -> bytes:
    """``co_exceptiontable``: one entry per run of instructions with the same handler.

    The depth stored is the stack depth the handler unwinds to: its start
    depth minus the exception it receives (and minus ``lasti`` when the
    handler wants the raising instruction's offset too).
    """
    entries = []
    handler = None
    handler_offset = -1
    start = 0
    offset = 0
    for block in graph.blocks():
        for instruction in block.instructions:
            current = instruction.handler
            current_offset = -1 if current is None else current.offset
            if current_offset != handler_offset:
                if handler is not None:
                    entries.append(_entry(start, offset, handler))
                start = offset
                handler = current
                handler_offset = current_offset
            offset += instruction_size(instruction.opcode, instruction.oparg)
    if handler is not None:
        entries.append(_entry(start, offset, handler))
    return encode_exception_table(entries)


def _entry(start: int, end: int, handler) -> ExceptionTableEntry:
    depth = handler.start_depth - 1 - handler.preserve_lasti
    return ExceptionTableEntry(start * CODE_UNIT_SIZE, end * CODE_UNIT_SIZE,
                               handler.offset * CODE_UNIT_SIZE, depth, handler.preserve_lasti)


def make_code_object(metadata: CodeUnitMetadata, graph: ControlFlowGraph, consts: list,
                     max_depth: int, nlocalsplus: int, code_flags: int, filename: str,
                     const_cache: ConstCache | None = None) -> CodeType:
    """Assemble the byte strings and build the code object (``_PyAssemble_MakeCodeObject``)."""
    merge = const_cache.merge if const_cache is not None else _same
    exception_table = merge(assemble_exception_table(graph))
    linetable = merge(assemble_linetable(graph, metadata.firstlineno))
    code = merge(assemble_code(graph))
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
        metadata.posonlyargcount + metadata.argcount, metadata.posonlyargcount,
        metadata.kwonlyargcount,
        len(varnames), max_depth, code_flags, code, consts, names, varnames,
        filename, metadata.name, metadata.qualname if metadata.qualname is not None else metadata.name,
        metadata.firstlineno, linetable, exception_table, freevars, cellvars)


def _same(value):
    return value
