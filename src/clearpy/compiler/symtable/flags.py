"""The numbers a symbol table is written in: CPython 3.12's exact encoding.

Every name in a scope gets one integer. Its low bits say what the scope *does*
with the name (``DEF_*`` and ``USE`` below, one bit each); the bits from
``SCOPE_OFFSET`` up say what the name finally *is* in that scope (``LOCAL``,
``GLOBAL_EXPLICIT``, ``GLOBAL_IMPLICIT``, ``FREE`` or ``CELL``). The values are
those of CPython's ``Include/internal/pycore_symtable.h``, so a flags integer
from clearpy can be compared with one from CPython's ``_symtable`` module.
"""

from enum import IntEnum

# What a scope does with a name (the pass-one facts).
DEF_GLOBAL = 1            # named in a ``global`` statement
DEF_LOCAL = 2             # assigned to (or deleted) in this scope
DEF_PARAM = 4             # a parameter of the function
DEF_NONLOCAL = 8          # named in a ``nonlocal`` statement
USE = 16                  # read in this scope
DEF_FREE = 32             # (defined by CPython, never set in 3.12)
DEF_FREE_CLASS = 64       # a class-level name also free in a method or annotation scope
DEF_IMPORT = 128          # bound by an import
DEF_ANNOT = 256           # has a variable annotation (``x: int``)
DEF_COMP_ITER = 512       # an iteration variable of a comprehension
DEF_TYPE_PARAM = 1024     # a PEP 695 type parameter
DEF_COMP_CELL = 2048      # a cell inside an inlined (PEP 709) comprehension

DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT  # any of these binds the name here

# What a name is (pass two's verdict), stored at ``flags >> SCOPE_OFFSET``.
SCOPE_OFFSET = 12
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL  # 15: four bits
LOCAL = 1                 # lives in this scope
GLOBAL_EXPLICIT = 2       # declared ``global`` (here, or seen through a class)
GLOBAL_IMPLICIT = 3       # not bound in any enclosing function: a global or builtin
FREE = 4                  # bound in an enclosing function, reached through a cell
CELL = 5                  # local here, and used by a nested scope: kept in a cell

SCOPE_NAMES = {
    0: "unknown",
    LOCAL: "LOCAL",
    GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
    GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT",
    FREE: "FREE",
    CELL: "CELL",
}

FLAG_NAMES = {
    DEF_GLOBAL: "DEF_GLOBAL",
    DEF_LOCAL: "DEF_LOCAL",
    DEF_PARAM: "DEF_PARAM",
    DEF_NONLOCAL: "DEF_NONLOCAL",
    USE: "USE",
    DEF_FREE: "DEF_FREE",
    DEF_FREE_CLASS: "DEF_FREE_CLASS",
    DEF_IMPORT: "DEF_IMPORT",
    DEF_ANNOT: "DEF_ANNOT",
    DEF_COMP_ITER: "DEF_COMP_ITER",
    DEF_TYPE_PARAM: "DEF_TYPE_PARAM",
    DEF_COMP_CELL: "DEF_COMP_CELL",
}


def scope_of(flags: int) -> int:
    """The scope (``LOCAL`` ... ``CELL``, or 0 before analysis) held in ``flags``."""
    return (flags >> SCOPE_OFFSET) & SCOPE_MASK


def describe(flags: int) -> str:
    """``flags`` spelled out, e.g. ``'DEF_LOCAL|USE CELL'`` (for debugging and tests)."""
    names = [name for bit, name in FLAG_NAMES.items() if flags & bit]
    return f"{'|'.join(names) or '-'} {SCOPE_NAMES.get(scope_of(flags), '?')}"


class BlockType(IntEnum):
    """The kind of a scope (CPython's ``_Py_block_ty``, same numbers)."""

    FUNCTION = 0          # a def, lambda or comprehension
    CLASS = 1
    MODULE = 2
    ANNOTATION = 3        # annotations under ``from __future__ import annotations``
    TYPE_VAR_BOUND = 4    # the lazily evaluated bound of ``T: bound`` (PEP 695)
    TYPE_ALIAS = 5        # the lazily evaluated value of ``type X = ...``
    TYPE_PARAMETERS = 6   # the hidden scope holding a generic's type parameters


class ComprehensionType(IntEnum):
    """Which comprehension a function scope is (CPython's ``_Py_comprehension_ty``)."""

    NONE = 0
    LIST = 1
    DICT = 2
    SET = 3
    GENERATOR = 4


# Scopes that behave like functions: their locals are fast locals, and nested
# scopes can close over them.
FUNCTION_LIKE = frozenset({BlockType.FUNCTION, BlockType.TYPE_VAR_BOUND,
                           BlockType.TYPE_ALIAS, BlockType.TYPE_PARAMETERS})
