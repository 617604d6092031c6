"""Conformance of stage 2: clearpy.parse against ast.parse on one file.

Identical means ``ast.dump(tree, include_attributes=True)`` is the same string,
or, for a file CPython rejects, the same exception class, message, line,
offset, end line and end offset. A mismatch names the first differing node by
its path in the tree (``body[3].value.args[0].col_offset``).
"""

import ast
import sys
import warnings
from pathlib import Path

from clearpy.conformance import IDENTICAL, MISMATCH, Outcome


def error_fields(error: Exception) -> tuple:
    """What must agree for two errors to be the same."""
    if not isinstance(error, SyntaxError):
        return (type(error).__name__, str(error))
    return (type(error).__name__, error.msg, error.lineno, error.offset, error.end_lineno,
            error.end_offset, error.text)


def first_difference(expected, actual, path: str = "") -> str | None:
    """The path of the first place where two ASTs (or values in them) differ."""
    if type(expected) is not type(actual):
        return f"{path or '<root>'}: {type(expected).__name__} != {type(actual).__name__}"
    if isinstance(expected, ast.AST):
        for field in expected._fields + expected._attributes:
            left = getattr(expected, field, "<missing>")
            right = getattr(actual, field, "<missing>")
            found = first_difference(left, right, f"{path}.{field}" if path else field)
            if found:
                return found
        return None
    if isinstance(expected, list):
        for index, (left, right) in enumerate(zip(expected, actual)):
            found = first_difference(left, right, f"{path}[{index}]")
            if found:
                return found
        if len(expected) != len(actual):
            return f"{path}: {len(expected)} items != {len(actual)} items"
        return None
    if expected != actual or repr(expected) != repr(actual):
        return f"{path}: {expected!r} != {actual!r}"
    return None


def compare_source(source, filename: str = "<unknown>", **options) -> Outcome:
    """Parse ``source`` with CPython and with clearpy and compare the results."""
    from clearpy.parser import parse

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = ast.parse(source, filename, **options)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as error:
            expected = error
        try:
            actual = parse(source, filename, **options)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as error:
            actual = error
    if isinstance(expected, Exception) or isinstance(actual, Exception):
        left = error_fields(expected) if isinstance(expected, Exception) else "a tree"
        right = error_fields(actual) if isinstance(actual, Exception) else "a tree"
        if left == right:
            return Outcome(IDENTICAL)
        return Outcome(MISMATCH, f"CPython: {left}; clearpy: {right}")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))   # ast.dump of a very deep tree
    digits = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)              # and of a huge (hexadecimal) int
    try:
        if ast.dump(expected, include_attributes=True) == ast.dump(actual, include_attributes=True):
            return Outcome(IDENTICAL)
        return Outcome(MISMATCH, first_difference(expected, actual) or "dumps differ")
    finally:
        sys.setrecursionlimit(limit)
        sys.set_int_max_str_digits(digits)


def check(path: Path) -> Outcome:
    return compare_source(Path(path).read_bytes(), str(path))
