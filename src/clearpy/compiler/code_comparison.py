"""Comparing two code objects field by field, and saying where they first differ.

Used by the back end's differential tests and conformance sweep (clearpy's
back end against CPython's ``compile()``). Constants are compared by their
constant keys, so ``1`` and ``True`` or ``0.0`` and ``-0.0`` count as
different, as they do for the compiler.
"""

import dis
from types import CodeType

from clearpy.compiler.constants import const_key

# The fields that make two code objects the same program, in the order they are reported.
FIELDS = ("co_code", "co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars",
          "co_linetable", "co_exceptiontable", "co_stacksize", "co_flags", "co_argcount",
          "co_posonlyargcount", "co_kwonlyargcount", "co_name", "co_qualname", "co_firstlineno",
          "co_filename")


def _comparable(field: str, value):
    if field == "co_consts":
        return tuple(constant_signature(constant) for constant in value)
    return value


def constant_signature(value):
    """A value equal for two constants exactly when the compiler treats them as the same.

    Like ``const_key``, but comparable across compilations: a NaN equals a
    NaN (two NaN objects are never ``==``), and nested code objects are
    compared field by field.
    """
    kind = type(value)
    if kind is float:
        return (float, value.hex())
    if kind is complex:
        return (complex, value.real.hex(), value.imag.hex())
    if kind is tuple or kind is frozenset:
        items = [constant_signature(item) for item in value]
        return (kind, tuple(items) if kind is tuple else frozenset(items))
    if kind is CodeType:
        return (CodeType,) + tuple(_comparable(field, getattr(value, field)) for field in FIELDS)
    return const_key(value)


def differing_fields(got: CodeType, expected: CodeType) -> list[str]:
    """The fields (of ``FIELDS``) whose values differ."""
    return [field for field in FIELDS
            if _comparable(field, getattr(got, field)) != _comparable(field, getattr(expected, field))]


def first_difference(got: CodeType, expected: CodeType) -> str | None:
    """A one-line description of the first difference, or None when the code objects agree."""
    fields = differing_fields(got, expected)
    if not fields:
        return None
    name = expected.co_qualname
    if "co_code" in fields or "co_linetable" in fields:
        ours = list(dis.get_instructions(got))
        theirs = list(dis.get_instructions(expected))
        for mine, cpython in zip(ours, theirs):
            if (mine.opname, mine.arg, mine.positions) != (cpython.opname, cpython.arg, cpython.positions):
                return (f"{name}: offset {cpython.offset}: clearpy {_describe(mine)}, "
                        f"CPython {_describe(cpython)}")
        if len(ours) != len(theirs):
            return f"{name}: clearpy has {len(ours)} instructions, CPython {len(theirs)}"
    field = fields[0]
    return f"{name}: {field}: clearpy {getattr(got, field)!r:.120}, CPython {getattr(expected, field)!r:.120}"


def _describe(instruction: dis.Instruction) -> str:
    position = instruction.positions
    where = f"{position.lineno}:{position.col_offset}-{position.end_lineno}:{position.end_col_offset}"
    argument = "" if instruction.arg is None else f" {instruction.arg}"
    return f"{instruction.opname}{argument} @{where}"
