"""The frame's "locals plus" array: local variables, then cells, then free variables.

A CPython 3.12 frame keeps all its variables in one array, *localsplus*:

    [ locals (parameters first) | cells not also locals | free variables ]

A *cell* is a box for a variable an inner function captures; a *free
variable* is such a box received from an enclosing function (its closure).
Code generation numbers cells and free variables on their own
(``LOAD_DEREF 0`` is the first cell); the assembler converts those numbers
into localsplus offsets (``fix_cell_offsets``). A parameter that is also a
cell keeps its parameter slot: it is not given a second one.

The code must also prepare the array before running the body, so the
assembler puts *prefix* instructions in front (``insert_prefix_instructions``):

    COPY_FREE_VARS n        copy the closure's cells into the frame
    MAKE_CELL i ...         wrap each cell variable in a new cell
    RETURN_GENERATOR        (generators and coroutines) create the generator object
    POP_TOP                 ... and drop the value the first send() pushed
"""

from clearpy.compiler.flowgraph import ControlFlowGraph
from clearpy.compiler.instruction_sequence import NO_LOCATION, CodeUnitMetadata, Instruction, Location
from clearpy.compiler.opcodes import COPY_FREE_VARS, MAKE_CELL, POP_TOP, RETURN_GENERATOR, USES_CELL_INDEX
from clearpy.compiler.stack_depth import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR

# Kinds of localsplus entries (co_localspluskinds), as in CPython's pycore_code.h.
CO_FAST_HIDDEN = 0x10
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80


def prepare_localsplus(metadata: CodeUnitMetadata, graph: ControlFlowGraph, code_flags: int) -> int:
    """Insert the prefix, renumber cell opargs; return the size of localsplus."""
    nlocals = len(metadata.varnames)
    ncellvars = len(metadata.cellvars)
    nfreevars = len(metadata.freevars)
    if not ncellvars and not nfreevars and not code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR):
        return nlocals      # the usual case: no prefix, no cell numbers
    fixed_offsets = _cell_fixed_offsets(metadata)
    insert_prefix_instructions(metadata, graph, fixed_offsets, nfreevars, code_flags)
    dropped = fix_cell_offsets(metadata, graph, fixed_offsets)
    return nlocals + ncellvars + nfreevars - dropped


def _cell_fixed_offsets(metadata: CodeUnitMetadata) -> list[int]:
    """For each cell and free variable number, its localsplus offset before dropping duplicates."""
    nlocals = len(metadata.varnames)
    fixed = list(range(nlocals, nlocals + len(metadata.cellvars) + len(metadata.freevars)))
    varnames = metadata.varnames
    for name, cell_index in metadata.cellvars.items():
        local_index = varnames.get(name)
        if local_index is not None:       # a parameter (or local) that is also a cell
            fixed[cell_index] = local_index
    return fixed


def insert_prefix_instructions(metadata: CodeUnitMetadata, graph: ControlFlowGraph,
                               fixed_offsets: list[int], nfreevars: int, code_flags: int) -> None:
    prefix = []
    if nfreevars:
        prefix.append(Instruction(COPY_FREE_VARS, nfreevars, NO_LOCATION))
    ncellvars = len(metadata.cellvars)
    if ncellvars:
        # MAKE_CELL in localsplus order; the oparg is the cell number, fixed up below.
        by_offset = sorted(range(ncellvars), key=lambda cell_index: fixed_offsets[cell_index])
        prefix.extend(Instruction(MAKE_CELL, cell_index, NO_LOCATION) for cell_index in by_offset)
    if code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR):
        firstlineno = metadata.firstlineno
        prefix.append(Instruction(RETURN_GENERATOR, 0, Location(firstlineno, firstlineno, -1, -1)))
        prefix.append(Instruction(POP_TOP, 0, NO_LOCATION))
    if prefix:
        graph.entry.instructions[0:0] = prefix


def fix_cell_offsets(metadata: CodeUnitMetadata, graph: ControlFlowGraph, fixed_offsets: list[int]) -> int:
    """Turn cell numbers into localsplus offsets; return how many cells share a local's slot."""
    nlocals = len(metadata.varnames)
    dropped = 0
    for index in range(len(fixed_offsets)):
        if fixed_offsets[index] == index + nlocals:
            fixed_offsets[index] -= dropped
        else:
            dropped += 1
    if fixed_offsets:
        block = graph.entry
        while block is not None:
            for instruction in block.instructions:
                if instruction.opcode in USES_CELL_INDEX:
                    instruction.oparg = fixed_offsets[instruction.oparg]
            block = block.next
    return dropped


def localsplus_names_and_kinds(metadata: CodeUnitMetadata, nlocalsplus: int) -> tuple[tuple, bytes]:
    """``co_localsplusnames`` and ``co_localspluskinds`` (``compute_localsplus_info``)."""
    names = [None] * nlocalsplus
    kinds = bytearray(nlocalsplus)
    cellvars = metadata.cellvars
    fasthidden = metadata.fasthidden
    for name, offset in metadata.varnames.items():
        kind = CO_FAST_LOCAL
        if name in fasthidden:
            kind |= CO_FAST_HIDDEN
        if name in cellvars:
            kind |= CO_FAST_CELL
        names[offset] = name
        kinds[offset] = kind
    nlocals = len(metadata.varnames)
    dropped = 0
    for name, offset in cellvars.items():
        if name in metadata.varnames:
            dropped += 1
            continue
        names[offset + nlocals - dropped] = name
        kinds[offset + nlocals - dropped] = CO_FAST_CELL
    for name, offset in metadata.freevars.items():
        names[offset + nlocals - dropped] = name
        kinds[offset + nlocals - dropped] = CO_FAST_FREE
    return tuple(names), bytes(kinds)
