"""The disassembler: a code object's bytecode as text a person can read.

Its output is, byte for byte, what CPython 3.12's ``dis.dis`` prints, so
everything written about ``dis`` applies. One line per instruction::

      2           4 LOAD_FAST                0 (x)
    line       offset name               oparg (what the oparg means)

- the **line number** appears on the first instruction of each source line
  (and a blank line separates source lines);
- ``>>`` marks an instruction that some jump or exception handler goes to;
- the **offset** is where the instruction sits in ``co_code``, in bytes;
- the **oparg** is the raw number stored in the code; in brackets, what it
  means: the constant it loads, the variable it names, where a jump lands...

Cache entries that follow some instructions are hidden unless
``show_caches`` is set. After the instructions comes the exception table
(``start to end -> handler [stack depth]``), then every code object found in
``co_consts`` (functions, classes, lambdas, comprehensions), recursively.

Everything is read from the code object itself with clearpy's own
instruction table (``clearpy.bytecode.instructions``); the ``dis`` module is
only the oracle the tests compare with.
"""

import builtins
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple, TextIO

from clearpy.bytecode.code_units import iterate_code_units
from clearpy.bytecode.exception_table import ExceptionTableEntry, decode_exception_table
from clearpy.bytecode.instructions import (
    BY_NAME, BY_OPCODE, CACHE_LAYOUTS, CODE_UNIT_SIZE, COMPARISON_OPERATORS, FORMAT_VALUE_CONVERSIONS,
    FORMAT_VALUE_HAS_SPEC, HAVE_ARGUMENT, INTRINSIC_1, INTRINSIC_2, MAKE_FUNCTION_FLAGS, NB_OPS,
    Instruction)

# Column widths of a listing, as dis uses them.
OPNAME_WIDTH = 20
OPARG_WIDTH = 5
CACHE_OPCODE = BY_NAME["CACHE"].opcode


class Positions(NamedTuple):
    """The span of source an instruction comes from (any field may be None)."""

    lineno: int | None = None
    end_lineno: int | None = None
    col_offset: int | None = None
    end_col_offset: int | None = None


@dataclass(frozen=True)
class DecodedInstruction:
    """One instruction found in a code object, with its argument explained.

    The fields are those of ``dis.Instruction``.
    """

    opname: str
    opcode: int
    arg: int | None             # the raw oparg, None for instructions without one
    argval: object              # what the oparg stands for (a constant, a name, an offset...)
    argrepr: str                # argval as the listing shows it, in brackets
    offset: int                 # in bytes from the start of co_code
    starts_line: int | None     # the source line this instruction starts, if any
    is_jump_target: bool        # does a jump or an exception handler land here?
    positions: Positions


# -- what the code object knows --------------------------------------------------------

def fast_local_names(code) -> tuple[str, ...]:
    """The names of the frame's "fast locals", indexed as LOAD_FAST and LOAD_DEREF count.

    A frame keeps all its variables in one array: the local variables first
    (``co_varnames``: arguments, then other locals), then the cells that are
    not arguments (``co_cellvars``: variables that inner functions share),
    then the free variables (``co_freevars``: cells received from an
    enclosing function). An argument that is also a cell appears only once,
    in the first part.
    """
    locals_ = code.co_varnames
    cells = tuple(name for name in code.co_cellvars if name not in locals_)
    return locals_ + cells + code.co_freevars


def line_starts(code) -> dict[int, int]:
    """Offset -> line number, for each instruction that starts a new source line.

    ``co_lines()`` gives ``(start, end, line)`` ranges of bytes; a line "starts"
    wherever the line number changes to a new, known value.
    """
    starts = {}
    previous_line = None
    for start, _end, line in code.co_lines():
        if line is not None and line != previous_line:
            previous_line = line
            starts[start] = line
    return starts


def _decoded_units(code) -> Iterator[tuple[int, Instruction | None, int, int | None]]:
    """``(offset, definition, opcode, arg)`` for each instruction; arg None if it takes none."""
    for _start, offset, opcode, oparg in iterate_code_units(code.co_code):
        arg = oparg if opcode >= HAVE_ARGUMENT else None
        yield offset, BY_OPCODE.get(opcode), opcode, arg


def jump_target(definition: Instruction, offset: int, arg: int) -> int:
    """Where a relative jump at ``offset`` lands, in bytes.

    Jump distances count code units from the instruction *after* this one
    and its cache entries, forward or backward according to the instruction.
    """
    after = offset + CODE_UNIT_SIZE * (1 + definition.cache_entries)
    distance = arg * CODE_UNIT_SIZE
    return after - distance if definition.argument == "jump_backward" else after + distance


def jump_targets(code, exception_entries: list[ExceptionTableEntry]) -> set[int]:
    """Offsets that a jump or an exception handler can land on (the ``>>`` marks)."""
    targets = set()
    for offset, definition, _, arg in _decoded_units(code):
        if definition is not None and arg is not None and definition.argument in (
                "jump_forward", "jump_backward"):
            targets.add(jump_target(definition, offset, arg))
    targets.update(entry.target for entry in exception_entries if entry.start < entry.end)
    return targets


# -- what an argument means ---------------------------------------------------------------

def _named(name: str, prefix: str = "") -> tuple[object, str]:
    return name, prefix + name


def explain_argument(definition: Instruction, arg: int, offset: int, code,
                     local_names: tuple[str, ...]) -> tuple[object, str]:
    """``(argval, argrepr)``: what instruction ``definition``'s oparg ``arg`` stands for."""
    kind = definition.argument
    if kind == "const":
        value = code.co_consts[arg]
        return value, repr(value)
    if kind == "name":
        return _named(code.co_names[arg])
    if kind == "global_name":       # low bit: push NULL before the global, for a call
        return _named(code.co_names[arg >> 1], "NULL + " if arg & 1 else "")
    if kind == "attr_name":         # low bit: load a method (and its self)
        return _named(code.co_names[arg >> 1], "NULL|self + " if arg & 1 else "")
    if kind == "super_name":        # bit 0: load a method; bit 1: zero-argument super()
        return _named(code.co_names[arg >> 2], "NULL|self + " if arg & 1 else "")
    if kind in ("local", "cell"):
        return _named(local_names[arg])
    if kind in ("jump_forward", "jump_backward"):
        target = jump_target(definition, offset, arg)
        return target, f"to {target}"
    if kind == "compare":
        operator = COMPARISON_OPERATORS[arg >> 4]
        return operator, operator
    if kind == "binary_op":
        return arg, NB_OPS[arg][1]
    if kind == "intrinsic_1":
        return arg, INTRINSIC_1[arg]
    if kind == "intrinsic_2":
        return arg, INTRINSIC_2[arg]
    if kind == "format":
        conversion = FORMAT_VALUE_CONVERSIONS[arg & 0x3]
        has_spec = bool(arg & FORMAT_VALUE_HAS_SPEC)
        words = [conversion] if conversion else []
        if has_spec:
            words.append("with format")
        # dis gives the conversion as the built-in function itself (str, repr, ascii).
        function = getattr(builtins, conversion) if conversion else None
        return (function, has_spec), ", ".join(words)
    if kind == "function_flags":
        return arg, ", ".join(name for bit, name in MAKE_FUNCTION_FLAGS.items() if arg & bit)
    return arg, ""                  # counts and flags: the number says it all


# -- decoding a whole code object -------------------------------------------------------------

def decode_instructions(code, show_caches: bool = False) -> Iterator[DecodedInstruction]:
    """Every instruction of ``code`` with its meaning, as iterating ``dis.Bytecode(code)`` gives.

    (``dis.get_instructions`` differs in one detail: it does not mark the
    exception handlers' first instructions as jump targets; the listing does.)

    With ``show_caches``, each cache entry is yielded too, as a ``CACHE``
    instruction whose ``argrepr`` names the field it starts (``counter: 0``).
    """
    local_names = fast_local_names(code)
    starts = line_starts(code)
    targets = jump_targets(code, decode_exception_table(code.co_exceptiontable))
    positions = [Positions(*entry) for entry in code.co_positions()]
    raw = code.co_code

    def position_at(offset: int) -> Positions:
        index = offset // CODE_UNIT_SIZE
        return positions[index] if index < len(positions) else Positions()

    for offset, definition, opcode, arg in _decoded_units(code):
        argval, argrepr = None, ""
        if arg is not None:
            argval = arg
            if definition is not None:
                argval, argrepr = explain_argument(definition, arg, offset, code, local_names)
        opname = definition.name if definition is not None else f"<{opcode}>"
        yield DecodedInstruction(opname, opcode, arg, argval, argrepr, offset, starts.get(offset),
                                 offset in targets, position_at(offset))
        if show_caches and definition is not None:
            yield from _cache_entries(definition, offset, raw, position_at)


def _cache_entries(definition: Instruction, offset: int, raw: bytes, position_at):
    """The CACHE pseudo-instructions after the instruction at ``offset``."""
    cache_offset = offset + CODE_UNIT_SIZE
    for field, size in CACHE_LAYOUTS.get(definition.name, ()):
        for index in range(size):
            argrepr = ""
            if index == 0:  # the field's value, read from all its entries, in native byte order
                data = raw[cache_offset:cache_offset + CODE_UNIT_SIZE * size]
                argrepr = f"{field}: {int.from_bytes(data, sys.byteorder)}"
            yield DecodedInstruction("CACHE", CACHE_OPCODE, 0, None, argrepr, cache_offset, None,
                                     False, position_at(cache_offset))
            cache_offset += CODE_UNIT_SIZE


# -- printing ----------------------------------------------------------------------------------

def format_instruction(instruction: DecodedInstruction, lineno_width: int = 3,
                       offset_width: int = 4, is_current: bool = False) -> str:
    """One line of a listing: line number, ``-->``, ``>>``, offset, name, oparg, meaning."""
    fields = []
    if lineno_width:
        if instruction.starts_line is not None:
            fields.append(str(instruction.starts_line).rjust(lineno_width))
        else:
            fields.append(" " * lineno_width)
    fields.append("-->" if is_current else "   ")
    fields.append(">>" if instruction.is_jump_target else "  ")
    fields.append(str(instruction.offset).rjust(offset_width))
    fields.append(instruction.opname.ljust(OPNAME_WIDTH))
    if instruction.arg is not None:
        fields.append(str(instruction.arg).rjust(OPARG_WIDTH))
        if instruction.argrepr:
            fields.append(f"({instruction.argrepr})")
    return " ".join(fields).rstrip()


def format_exception_entry(entry: ExceptionTableEntry) -> str:
    """``start to last -> handler [depth] lasti``: the offsets covered include ``last``."""
    lasti = " lasti" if entry.lasti else ""
    return f"  {entry.start} to {entry.end - CODE_UNIT_SIZE} -> {entry.target} [{entry.depth}]{lasti}"


def disassemble(code, file: TextIO | None = None, show_caches: bool = False,
                current_offset: int = -1) -> None:
    """Print the listing of one code object (not the ones nested in it).

    ``current_offset`` marks the instruction a frame is executing with
    ``-->`` (a cache entry counts as part of its instruction).
    """
    file = sys.stdout if file is None else file
    starts = line_starts(code)
    # Column widths grow only for very long code: line numbers of 1000 and
    # more, offsets of 10000 and more.
    lineno_width = 0
    if starts:
        lineno_width = max(3, len(str(max(starts.values()))))
    last_offset = len(code.co_code) - CODE_UNIT_SIZE
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for instruction in decode_instructions(code, show_caches):
        if lineno_width and instruction.starts_line is not None and instruction.offset > 0:
            print(file=file)  # a blank line before each new source line
        print(format_instruction(instruction, lineno_width, offset_width,
                                 _is_current(instruction, current_offset, show_caches)), file=file)
    entries = decode_exception_table(code.co_exceptiontable)
    if entries:
        print("ExceptionTable:", file=file)
        for entry in entries:
            print(format_exception_entry(entry), file=file)


def _is_current(instruction: DecodedInstruction, current_offset: int, show_caches: bool) -> bool:
    if current_offset < 0:
        return False
    if show_caches:
        return instruction.offset == current_offset
    definition = BY_OPCODE.get(instruction.opcode)
    caches = definition.cache_entries if definition is not None else 0
    return instruction.offset <= current_offset <= instruction.offset + CODE_UNIT_SIZE * caches


def nested_code_objects(code) -> list:
    """The code objects among ``co_consts``: functions, classes, lambdas... defined inside."""
    return [constant for constant in code.co_consts if hasattr(constant, "co_code")]


def disassemble_recursive(code, file: TextIO | None = None, depth: int | None = None,
                          show_caches: bool = False) -> None:
    """Print ``code``'s listing, then each nested code object's, as ``dis.dis(code)`` does.

    ``depth`` limits how many levels of nesting are shown (None: all).
    """
    file = sys.stdout if file is None else file
    disassemble(code, file, show_caches)
    if depth is not None and depth <= 0:
        return
    for nested in nested_code_objects(code):
        print(file=file)
        print(f"Disassembly of {nested!r}:", file=file)
        disassemble_recursive(nested, file, None if depth is None else depth - 1, show_caches)


def disassembly_text(code, depth: int | None = None, show_caches: bool = False) -> str:
    """The text ``disassemble_recursive`` prints, as a string."""
    import io

    buffer = io.StringIO()
    disassemble_recursive(code, buffer, depth, show_caches)
    return buffer.getvalue()
