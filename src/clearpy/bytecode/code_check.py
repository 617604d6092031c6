"""Is this code object well-formed? Checks that make damaged bytecode harmless.

A code object is only data: nothing stops a damaged ``.pyc`` file from
holding bytecode with an opcode that does not exist, a ``LOAD_CONST 200``
when there are 3 constants, a jump past the end, or an exception table that
sends the interpreter into the middle of nowhere. CPython trusts what its
own compiler wrote and would crash on such code. Before trusting a cache
file, clearpy checks every code object in it:

- ``co_code`` is a whole number of 2-byte code units, made of real 3.12
  instructions, each followed by all its cache entries;
- every argument is in range for what it indexes: constants, names, local
  variables, jump targets, comparison and binary operators, intrinsics;
- the exception table is well-formed and covers only real instructions;
- the line table (``co_linetable``) is well-formed.

``check_code`` raises ``MalformedCode`` with the first problem found.
"""

from clearpy.bytecode.code_units import iterate_code_units
from clearpy.bytecode.disassembler import fast_local_names, jump_target
from clearpy.bytecode.exception_table import decode_exception_table, encode_exception_table
from clearpy.bytecode.instructions import (
    BY_OPCODE, CODE_UNIT_SIZE, COMPARISON_OPERATORS, INTRINSIC_1, INTRINSIC_2, NB_OPS)
from clearpy.bytecode.linetable import LONG_FORM, NO_COLUMNS, NO_LOCATION, SHORT_FORM_MAX
from clearpy.bytecode.marshal_reader import MarshalledCode

# Real opcodes that compiled code never contains.
NEVER_IN_COMPILED_CODE = {"CACHE", "RESERVED", "INTERPRETER_EXIT"}

# What each variable is, in ``localspluskinds`` (CPython's CO_FAST_* bits): a
# local (0x20), a cell (0x40), a free variable (0x80); "hidden" (0x10) marks a
# comprehension's variable inlined into its function (PEP 709). The variables
# come in this order: those that are locals (perhaps cells too), then cells
# only, then free variables. Each group lists the kinds allowed in it.
VARIABLE_GROUPS = ({0x20, 0x30, 0x60, 0x70}, {0x40}, {0x80})


class MalformedCode(ValueError):
    """A code object's fields do not fit together."""


def fields_of(code) -> MarshalledCode:
    """A live ``types.CodeType`` seen as the fields marshal stores (to check it the same way)."""
    names = fast_local_names(code)
    kinds = bytes(_kind_of(code, name) for name in names)
    return MarshalledCode(
        code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_stacksize,
        code.co_flags, code.co_code,
        tuple(fields_of(c) if hasattr(c, "co_code") else c for c in code.co_consts),
        code.co_names, names, kinds, code.co_filename, code.co_name, code.co_qualname,
        code.co_firstlineno, code.co_linetable, code.co_exceptiontable)


def _kind_of(code, name: str) -> int:
    """A variable's kind as far as the code object's attributes tell (hidden-ness they don't)."""
    kind = 0x20 if name in code.co_varnames else 0
    if name in code.co_cellvars:
        kind |= 0x40
    if name in code.co_freevars:
        kind |= 0x80
    return kind


def check_code(code: MarshalledCode) -> None:
    """Raise MalformedCode unless ``code`` and every code object nested in it are well-formed."""
    where = f"code object {code.co_qualname!r}"
    if code.co_stacksize < 0 or code.co_argcount < 0 or code.co_kwonlyargcount < 0 \
            or code.co_posonlyargcount < 0:
        raise MalformedCode(f"{where}: negative count")
    _check_variables(code, where)
    _check_instructions(code, where)
    _check_exception_table(code, where)
    _check_line_table(code.co_linetable, where)
    for constant in code.co_consts:
        if isinstance(constant, MarshalledCode):
            check_code(constant)


def _check_variables(code: MarshalledCode, where: str) -> None:
    names, kinds = code.localsplusnames, code.localspluskinds
    # A name may appear twice (a class body's own __class__ cell and the
    # enclosing method's, free), but a cell-only name is never also a local:
    # that variable would be one slot, a local that is a cell.
    locals_ = {name for name, kind in zip(names, kinds) if kind & 0x20}
    if any(kind == 0x40 and name in locals_ for name, kind in zip(names, kinds)):
        raise MalformedCode(f"{where}: a cell variable is also listed as a local")
    group = 0
    for name, kind in zip(names, kinds):
        while group < len(VARIABLE_GROUPS) and kind not in VARIABLE_GROUPS[group]:
            group += 1
        if group == len(VARIABLE_GROUPS):
            raise MalformedCode(f"{where}: variable {name!r} has kind {kind:#x} out of place")
    locals_count = sum(1 for kind in kinds if kind & 0x20)
    if code.co_argcount + code.co_kwonlyargcount > locals_count:
        raise MalformedCode(f"{where}: more arguments than local variables")


def _argument_limit(kind: str, code: MarshalledCode) -> tuple[int, int] | None:
    """``(shift, limit)``: ``oparg >> shift`` must be below ``limit``; None: no limit."""
    return {
        "const": (0, len(code.co_consts)),
        "name": (0, len(code.co_names)),
        "global_name": (1, len(code.co_names)),
        "attr_name": (1, len(code.co_names)),
        "super_name": (2, len(code.co_names)),
        "local": (0, len(code.localsplusnames)),
        "cell": (0, len(code.localsplusnames)),
        "compare": (4, len(COMPARISON_OPERATORS)),
        "binary_op": (0, len(NB_OPS)),
        "intrinsic_1": (0, len(INTRINSIC_1)),
        "intrinsic_2": (0, len(INTRINSIC_2)),
    }.get(kind)


def _check_instructions(code: MarshalledCode, where: str) -> None:
    raw = code.co_code
    if not raw or len(raw) % CODE_UNIT_SIZE:
        raise MalformedCode(f"{where}: co_code of {len(raw)} bytes is not whole code units")
    for _start, offset, opcode, arg in iterate_code_units(raw):
        definition = BY_OPCODE.get(opcode)
        if definition is None or definition.is_pseudo or definition.name in NEVER_IN_COMPILED_CODE:
            raise MalformedCode(f"{where}: offset {offset}: invalid opcode {opcode}")
        end = offset + CODE_UNIT_SIZE * (1 + definition.cache_entries)
        if end > len(raw) or (definition.name == "EXTENDED_ARG" and end == len(raw)):
            raise MalformedCode(f"{where}: offset {offset}: {definition.name} runs past the end")
        if definition.argument in ("jump_forward", "jump_backward"):
            target = jump_target(definition, offset, arg)
            if not 0 <= target < len(raw):
                raise MalformedCode(f"{where}: offset {offset}: jump to {target}, outside the code")
            continue
        limit = _argument_limit(definition.argument, code)
        if limit is not None and arg >> limit[0] >= limit[1]:
            raise MalformedCode(f"{where}: offset {offset}: {definition.name} {arg} out of range")


def _check_exception_table(code: MarshalledCode, where: str) -> None:
    table = code.co_exceptiontable
    try:
        entries = decode_exception_table(table)
    except IndexError:
        raise MalformedCode(f"{where}: exception table ends in the middle of an entry") from None
    # A well-formed table is exactly what encoding its entries gives back: every
    # entry marked as a start, every number in its shortest form.
    if encode_exception_table(entries) != table:
        raise MalformedCode(f"{where}: exception table is not well-formed")
    size = len(code.co_code)
    for entry in entries:
        if not (entry.start < entry.end <= size and entry.target < size):
            raise MalformedCode(f"{where}: exception table entry {entry} outside the code")


def _check_line_table(table: bytes, where: str) -> None:
    """Walk ``co_linetable`` entry by entry (the format: ``clearpy.bytecode.linetable``).

    Each entry starts with a byte with bit 7 set, whose kind (bits 3-6)
    decides what follows: nothing, one or two plain bytes, or one or four
    variable-length numbers (bit 6 of each byte: "more follows"). No byte
    after the first of an entry may have bit 7 set, and no entry may be cut
    short by the end of the table.
    """
    position = 0
    while position < len(table):
        first = table[position]
        if not first & 0x80:
            raise MalformedCode(f"{where}: line table entry at byte {position} lacks its start bit")
        kind = (first >> 3) & 0x0F
        position += 1
        plain_bytes, numbers = {NO_LOCATION: (0, 0), LONG_FORM: (0, 4), NO_COLUMNS: (0, 1)}.get(
            kind, (1, 0) if kind <= SHORT_FORM_MAX else (2, 0))
        for _ in range(plain_bytes):
            position = _line_table_byte(table, position, where)
        for _ in range(numbers):
            while True:
                byte_position = position
                position = _line_table_byte(table, position, where)
                if not table[byte_position] & 0x40:
                    break


def _line_table_byte(table: bytes, position: int, where: str) -> int:
    if position >= len(table) or table[position] & 0x80:
        raise MalformedCode(f"{where}: line table entry cut short at byte {position}")
    return position + 1
