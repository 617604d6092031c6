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

from clearpy.bytecode.exception_table import write_entry
from clearpy.bytecode.instructions import BY_OPCODE, CODE_UNIT_SIZE, HAVE_ARGUMENT, MIN_PSEUDO_OPCODE
from clearpy.bytecode.linetable import MAX_ENTRY_LENGTH, ONE_LINE_0, write_location
from clearpy.compiler.constants import ConstCache
from clearpy.compiler.flowgraph import ControlFlowGraph
from clearpy.compiler.instruction_sequence import CodeUnitMetadata
from clearpy.compiler.localsplus import CO_FAST_CELL, CO_FAST_FREE, localsplus_names_and_kinds
from clearpy.compiler.opcodes import EXTENDED_ARG


def _encoding_table() -> list:
    """``table[opcode][oparg]``: the bytes of one instruction with an argument under 256.

    The opcode byte, the argument byte and the zeroed cache entries, ready made:
    writing an instruction is then one lookup and one append (the assembler's
    loop runs once per instruction of the whole program). An opcode without an
    argument has the same bytes for every oparg (always 0 in practice).
    """
    table = [None] * MIN_PSEUDO_OPCODE
    for opcode, definition in BY_OPCODE.items():
        if opcode >= MIN_PSEUDO_OPCODE:
            continue
        caches = bytes(CODE_UNIT_SIZE * definition.cache_entries)
        if opcode < HAVE_ARGUMENT:
            table[opcode] = [bytes((opcode, 0)) + caches] * 256
        else:
            table[opcode] = [bytes((opcode, oparg)) + caches for oparg in range(256)]
    return table


_ENCODED = _encoding_table()


def assemble(graph: ControlFlowGraph, firstlineno: int) -> tuple[bytes, bytes, bytes]:
    """``co_code``, ``co_linetable`` and ``co_exceptiontable``, in one walk over the code.

    For each instruction: its bytes (EXTENDED_ARG prefixes, opcode and low byte
    of the argument, zeroed caches). Where its location differs from the one
    before, the run of code units with that previous location is complete and
    goes into the line table; where its handler differs, so does the run of
    code units with the previous handler into the exception table. Offsets are
    simply the length of ``co_code`` written so far.
    """
    code = bytearray()
    table = bytearray()             # co_linetable
    line = firstlineno              # the line the last line-table entry left
    run_location = None             # the location of the current run ...
    run_start = 0                   # ... which started at this byte of co_code
    has_handlers = graph.has_handlers
    exceptions = bytearray()        # co_exceptiontable
    handler = None                  # the handler of the current run ...
    handler_offset = -1             # ... its offset (blocks may share one), ...
    handler_start = 0               # ... and the byte where that run started
    encoded = _ENCODED
    block = graph.entry
    while block is not None:
        for instruction in block.instructions:
            location = instruction.location
            if location is not run_location and location != run_location:
                position = len(code)
                if position:
                    # Speed: a run on one line, at most 8 code units, small columns (the
                    # usual case) is written here, as linetable.write_location (which
                    # does the rest) would: the short form when the line stays, the
                    # one-line form when it moves down by 1 or 2.
                    size = (position - run_start) >> 1
                    lineno, end_lineno, column, end_column = run_location
                    if end_lineno == lineno and size <= MAX_ENTRY_LENGTH and column >= 0:
                        width = end_column - column
                        if lineno == line and column < 80 and 0 <= width < 16:
                            table.append(0x80 | (column & 0x78) | (size - 1))
                            table.append((column & 7) << 4 | width)
                        elif 0 <= lineno - line < 3 and column < 128 and 0 <= end_column < 128:
                            table.append(0x80 | (ONE_LINE_0 + lineno - line) << 3 | (size - 1))
                            table.append(column)
                            table.append(end_column)
                            line = lineno
                        else:
                            line = write_location(table, run_location, size, line)
                    else:
                        line = write_location(table, run_location, size, line)
                run_location = location
                run_start = position
            if has_handlers and instruction.handler is not handler:
                current = instruction.handler
                current_offset = -1 if current is None else current.offset
                if current_offset != handler_offset:
                    start = len(code)
                    if handler is not None:
                        _write_handler_entry(exceptions, handler_start, start, handler)
                    handler_start = start
                    handler_offset = current_offset
                    handler = current
            oparg = instruction.oparg
            if oparg < 256:
                code += encoded[instruction.opcode][oparg]
            else:
                _write_extended(code, instruction.opcode, oparg)
        block = block.next
    position = len(code)
    if position:
        line = write_location(table, run_location, (position - run_start) >> 1, line)
    if handler is not None:
        _write_handler_entry(exceptions, handler_start, position, handler)
    return bytes(code), bytes(table), bytes(exceptions)


def _write_extended(code: bytearray, opcode: int, oparg: int) -> None:
    """An instruction whose argument needs EXTENDED_ARG prefixes for its high bytes."""
    if oparg > 0xFFFFFF:
        code += bytes((EXTENDED_ARG, (oparg >> 24) & 0xFF))
    if oparg > 0xFFFF:
        code += bytes((EXTENDED_ARG, (oparg >> 16) & 0xFF))
    code += bytes((EXTENDED_ARG, (oparg >> 8) & 0xFF))
    code += _ENCODED[opcode][oparg & 0xFF]


def _write_handler_entry(out: bytearray, start: int, end: int, handler) -> None:
    """The exception-table entry for bytes ``start``..``end`` of co_code."""
    depth = handler.start_depth - 1 - handler.preserve_lasti
    if depth < 0:
        raise SystemError("clearpy: an exception handler that the stack-depth pass never reached")
    write_entry(out, start >> 1, (end - start) >> 1, handler.offset, depth, handler.preserve_lasti)


def make_code_object(metadata: CodeUnitMetadata, graph: ControlFlowGraph, consts: list,
                     max_depth: int, nlocalsplus: int, code_flags: int, filename: str,
                     const_cache: ConstCache | None = None, const_keys: list | None = None) -> CodeType:
    """Assemble the byte strings and build the code object (``_PyAssemble_MakeCodeObject``).

    ``const_keys``, when given, are the constant keys of ``consts`` (``const_key``),
    known already: the merged ``co_consts`` is found without computing them again.
    """
    code, linetable, exception_table = assemble(graph, metadata.firstlineno)
    consts = tuple(consts)
    names = _by_index(metadata.names)
    if const_cache is not None:
        # What ConstCache.merge does, with keys known in advance: bytes are keyed
        # (bytes, value), a tuple of strings (names, names).
        objects = const_cache.objects
        exception_table = objects.setdefault((bytes, exception_table), exception_table)
        linetable = objects.setdefault((bytes, linetable), linetable)
        code = objects.setdefault((bytes, code), code)
        names = objects.setdefault((names, names), names)
        if const_keys is None:
            consts = const_cache.merge(consts)
        else:
            consts = objects.setdefault((tuple(const_keys), consts), consts)
    if metadata.cellvars or metadata.freevars:
        localsplus_names, kinds = localsplus_names_and_kinds(metadata, nlocalsplus)
        varnames = tuple(localsplus_names[:len(metadata.varnames)])
        # co_cellvars lists every cell in localsplus order, parameters that are cells included.
        cellvars = tuple(name for name, kind in zip(localsplus_names, kinds) if kind & CO_FAST_CELL)
        freevars = tuple(name for name, kind in zip(localsplus_names, kinds) if kind & CO_FAST_FREE)
    else:
        varnames = _by_index(metadata.varnames)
        cellvars = freevars = ()
    return CodeType(
        metadata.posonlyargcount + metadata.argcount, metadata.posonlyargcount, metadata.kwonlyargcount,
        len(varnames), max_depth, code_flags, code, consts, names, varnames,
        filename, metadata.name, metadata.qualname if metadata.qualname is not None else metadata.name,
        metadata.firstlineno, linetable, exception_table, freevars, cellvars)


def _by_index(table: dict) -> tuple:
    """The keys of a name -> index table, in index order."""
    names = tuple(table)
    if list(table.values()) == list(range(len(names))):
        return names            # the usual case: added in index order
    return tuple(sorted(table, key=table.__getitem__))
