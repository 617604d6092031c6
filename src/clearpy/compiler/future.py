"""Future statements: ``from __future__ import annotations`` and friends.

A *future statement* asks the compiler for a feature of a later Python. It
must come first in the module (only the docstring and other future statements
may precede it), because it changes how the rest of the file is compiled. This
module is CPython's ``Python/future.c``: ``parse_future(module, filename)``
reads the future statements at the top of a module and returns the features
they turn on; it raises the errors ``future.c`` raises (``not a chance`` for
``braces``, ``future feature X is not defined``). A ``from __future__ import``
anywhere else is an error too ("from __future__ imports must occur at the
beginning of the file"), which the code generator raises when it reaches the
statement, as CPython's ``compile.c`` does (``codegen_statements``): it
compares the statement's position with ``FutureFeatures.location``, the last
well-placed future statement.

In Python 3.12 only two features change anything: ``annotations`` (PEP 563,
annotations are kept as strings) and ``barry_as_FLUFL`` (the ``<>`` joke,
which only the parser cares about). The others are accepted and ignored.
"""

import ast
from dataclasses import dataclass

from clearpy.compiler.errors import ranged_syntax_error

# Code flags a feature sets (CPython's CO_FUTURE_*, the same numbers as
# ``__future__.<feature>.compiler_flag``).
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_ANNOTATIONS = 0x1000000

# Every feature name Python 3.12 accepts, with the flag it turns on (0: none,
# the feature is always on now).
FEATURES = {
    "nested_scopes": 0,
    "generators": 0,
    "division": 0,
    "absolute_import": 0,
    "with_statement": 0,
    "print_function": 0,
    "unicode_literals": 0,
    "barry_as_FLUFL": CO_FUTURE_BARRY_AS_BDFL,
    "generator_stop": 0,
    "annotations": CO_FUTURE_ANNOTATIONS,
}

# Where no future statement was found (CPython's location of -1s).
NO_LOCATION = (-1, -1, -1, -1)


@dataclass
class FutureFeatures:
    """What the future statements of a module asked for (``PyFutureFeatures``).

    ``features`` holds CO_FUTURE_* flags; ``location`` is (lineno, col_offset,
    end_lineno, end_col_offset) of the last future statement at the top of the
    module, so later ones can be recognised as misplaced.
    """

    features: int = 0
    location: tuple[int, int, int, int] = NO_LOCATION

    @property
    def annotations(self) -> bool:
        """True under ``from __future__ import annotations``."""
        return bool(self.features & CO_FUTURE_ANNOTATIONS)


def parse_future(module: ast.mod, filename: str) -> FutureFeatures:
    """The features turned on by the future statements at the top of ``module``.

    Only ``Module`` and ``Interactive`` trees can hold future statements. The
    scan stops at the first statement that is not a ``from __future__ import``
    (after an optional docstring). Note that, as in CPython 3.12, a relative
    ``from .__future__ import x`` counts as a future statement too.
    """
    future = FutureFeatures()
    if not isinstance(module, (ast.Module, ast.Interactive)):
        return future
    body = module.body
    start = 1 if body and _is_docstring(body[0]) else 0
    for statement in body[start:]:
        if not (isinstance(statement, ast.ImportFrom) and statement.module == "__future__"):
            break
        _check_features(statement, future, filename)
        future.location = _location(statement)
    return future


def _check_features(statement: ast.ImportFrom, future: FutureFeatures, filename: str) -> None:
    for alias in statement.names:
        if alias.name in FEATURES:
            future.features |= FEATURES[alias.name]
            continue
        if alias.name == "braces":
            message = "not a chance"
        else:
            # "%.100s" in C: at most 100 bytes of the name's UTF-8.
            shown = alias.name.encode("utf-8")[:100].decode("utf-8", "replace")
            message = f"future feature {shown} is not defined"
        # future.c positions these at the statement's start, with no end column.
        raise ranged_syntax_error(message, filename, statement.lineno, statement.col_offset + 1,
                            statement.lineno, None)


def _is_docstring(statement: ast.stmt) -> bool:
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str))


def _location(node) -> tuple[int, int, int, int]:
    return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
