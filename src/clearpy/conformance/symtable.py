"""Conformance of the symbol tables: clearpy's against CPython's, scope by scope.

For one file, both build the symbol tables of the same source (CPython with
``symtable.symtable``, clearpy with ``clearpy.symtable``, both from CPython's
parser so that only the symbol-table stage is measured). The file is
*identical* when both give the same tree of scopes (type, name, line, nesting,
children, parameters) and, in every scope, the same names in the same order
with the same flags, and the same answers from every method of the public
API. When CPython rejects the file, clearpy must raise the same error.
"""

import ast
import symtable as cpython_symtable
import warnings
from pathlib import Path

from clearpy.compiler.symtable.flags import describe
from clearpy.compiler.symtable.public import symtable as clearpy_symtable
from clearpy.conformance import IDENTICAL, MISMATCH, Outcome

# The questions asked of every SymbolTable, Function, Class and Symbol.
TABLE_QUESTIONS = ("get_type", "get_name", "get_lineno", "is_optimized", "is_nested",
                   "has_children")
FUNCTION_QUESTIONS = ("get_parameters", "get_locals", "get_globals", "get_nonlocals",
                      "get_frees")
SYMBOL_QUESTIONS = ("is_referenced", "is_parameter", "is_global", "is_nonlocal",
                    "is_declared_global", "is_local", "is_annotated", "is_free",
                    "is_imported", "is_assigned", "is_namespace")


def check(path: Path) -> Outcome:
    """Compare clearpy's symbol tables for ``path`` with CPython's."""
    source = Path(path).read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # both parsers warn about the same odd escapes
        difference = compare_source(source, str(path))
    if difference is None:
        return Outcome(IDENTICAL)
    return Outcome(MISMATCH, difference)


def compare_source(source, filename: str, mode: str = "exec") -> str | None:
    """The first difference between CPython's and clearpy's tables, or None.

    When CPython refuses the source (a SyntaxError, or a MemoryError or
    RecursionError for monstrously nested code), clearpy must refuse it the
    same way.
    """
    try:
        expected = cpython_symtable.symtable(source, filename, mode)
    except (SyntaxError, MemoryError, RecursionError) as error:
        return _compare_errors(error, source, filename, mode)
    try:
        actual = clearpy_symtable(source, filename, mode, parse=ast.parse)
    except (SyntaxError, MemoryError, RecursionError) as error:
        return f"clearpy raised {error_fields(error)}, CPython accepted the source"
    return compare_tables(expected, actual, "top")


def error_fields(error: Exception) -> tuple:
    """What must agree between two compile errors: class, message, position."""
    if not isinstance(error, SyntaxError):
        return (type(error).__name__, str(error))
    return (type(error).__name__, error.msg, error.lineno, error.offset,
            error.end_lineno, error.end_offset)


def _compare_errors(expected: Exception, source, filename: str, mode: str) -> str | None:
    try:
        clearpy_symtable(source, filename, mode, parse=ast.parse)
    except (SyntaxError, MemoryError, RecursionError) as error:
        if error_fields(error) == error_fields(expected):
            return None
        return f"error {error_fields(error)}, CPython: {error_fields(expected)}"
    return f"clearpy accepted the source, CPython raised {error_fields(expected)}"


def compare_tables(expected, actual, path: str) -> str | None:
    """The first difference between two SymbolTables (and their children), or None.

    Scopes are compared parents first, in source order (with a work list, not
    recursion: lambdas may nest thousands deep).
    """
    work = [(expected, actual, path)]
    while work:
        expected, actual, path = work.pop()
        difference = _compare_one_table(expected, actual, path)
        if difference:
            return difference
        children_mine, children_theirs = actual.get_children(), expected.get_children()
        if len(children_mine) != len(children_theirs):
            return (f"{path}: children {[c.get_name() for c in children_mine]}, "
                    f"CPython: {[c.get_name() for c in children_theirs]}")
        pairs = zip(children_theirs, children_mine)
        work.extend(reversed([(theirs, mine, f"{path}/{theirs.get_name()}")
                              for theirs, mine in pairs]))
    return None


def _compare_one_table(expected, actual, path: str) -> str | None:
    for question in TABLE_QUESTIONS:
        mine, theirs = getattr(actual, question)(), getattr(expected, question)()
        if mine != theirs:
            return f"{path}: {question}() is {mine!r}, CPython: {theirs!r}"
    mine, theirs = type(actual).__name__, type(expected).__name__
    if mine != theirs:
        return f"{path}: a {mine}, CPython: a {theirs}"
    raw_mine, raw_theirs = actual._table, expected._table
    if list(raw_mine.varnames) != list(raw_theirs.varnames):
        return f"{path}: varnames {raw_mine.varnames}, CPython: {raw_theirs.varnames}"
    names_mine, names_theirs = list(actual.get_identifiers()), list(expected.get_identifiers())
    if names_mine != names_theirs:
        return f"{path}: names {names_mine}, CPython: {names_theirs}"
    for name in names_theirs:
        flags_mine, flags_theirs = raw_mine.symbols[name], raw_theirs.symbols[name]
        if flags_mine != flags_theirs:
            return (f"{path}: {name!r} is {describe(flags_mine)}, "
                    f"CPython: {describe(flags_theirs)}")
        difference = _compare_symbols(expected.lookup(name), actual.lookup(name))
        if difference:
            return f"{path}: {name!r}: {difference}"
    questions = FUNCTION_QUESTIONS if type(expected).__name__ == "Function" else ()
    if type(expected).__name__ == "Class":
        questions = ("get_methods",)
    for question in questions:
        mine, theirs = getattr(actual, question)(), getattr(expected, question)()
        if mine != theirs:
            return f"{path}: {question}() is {mine!r}, CPython: {theirs!r}"
    return None


def _compare_symbols(expected, actual) -> str | None:
    for question in SYMBOL_QUESTIONS:
        mine, theirs = getattr(actual, question)(), getattr(expected, question)()
        if mine != theirs:
            return f"{question}() is {mine!r}, CPython: {theirs!r}"
    mine = [(table.get_name(), table.get_lineno()) for table in actual.get_namespaces()]
    theirs = [(table.get_name(), table.get_lineno()) for table in expected.get_namespaces()]
    if mine != theirs:
        return f"namespaces {mine}, CPython: {theirs}"
    return None
