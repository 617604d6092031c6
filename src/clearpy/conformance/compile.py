"""Conformance of the whole compiler: ``clearpy.compile`` against CPython's ``compile()``.

For one file, both compilers turn the source into a module code object; then
every code object inside (functions, classes, lambdas, comprehensions, in the
order they appear as constants) is compared with its CPython twin:

* the instructions: opcode, argument and source position of each
  (``co_code`` and ``co_positions()``), and ``co_linetable`` byte for byte;
* ``co_consts`` (nested code objects by name and line: they are compared on
  their own), ``co_names``, ``co_varnames``, ``co_freevars``, ``co_cellvars``;
* ``co_stacksize``, ``co_flags``, ``co_exceptiontable``, the argument counts,
  ``co_name``, ``co_qualname``, ``co_firstlineno``.

The report gives the share of identical code objects over the corpus and, for
each file with a difference, the first one: the code object and the first
differing instruction (``dis`` name, argument, value, position). Files CPython
rejects must be rejected by clearpy with the same error class.

The source is parsed by clearpy's parser, as ``clearpy.compile`` does; set
the environment variable ``CLEARPY_PARSER=cpython`` to measure the compiler
alone on CPython's parser.
"""

import dis
import os
import warnings
from pathlib import Path
from types import CodeType

from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.compiler.compile import set_parser
from clearpy.conformance import IDENTICAL, MISMATCH, Outcome

PART_NAME = "code objects"

# Compared as values, in this order (after the instructions).
FIELDS = ("co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_stacksize",
          "co_flags", "co_exceptiontable", "co_linetable", "co_argcount", "co_posonlyargcount",
          "co_kwonlyargcount", "co_name", "co_qualname", "co_firstlineno")


def check(path: Path) -> Outcome:
    set_parser(os.environ.get("CLEARPY_PARSER", "clearpy"))
    source = Path(path).read_bytes()
    filename = str(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = compile(source, filename, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            return _check_rejected(source, filename, error)
        got = clearpy_compile(source, filename, "exec", dont_inherit=True)
    differences = []
    total = compare_code_trees(got, expected, differences)
    identical = total - len(differences)
    if not differences:
        return Outcome(IDENTICAL, parts=(identical, total))
    return Outcome(MISMATCH, f"{len(differences)} of {total} code objects differ; "
                             f"first: {differences[0]}", parts=(identical, total))


def _check_rejected(source: bytes, filename: str, error: Exception) -> Outcome:
    try:
        clearpy_compile(source, filename, "exec", dont_inherit=True)
    except type(error):
        return Outcome(IDENTICAL)
    except Exception as other:
        return Outcome(MISMATCH, f"CPython raises {type(error).__name__}: {error}; "
                                 f"clearpy {type(other).__name__}: {other}")
    return Outcome(MISMATCH, f"CPython raises {type(error).__name__}: {error}; clearpy accepts")


def compare_code_trees(got: CodeType, expected: CodeType, differences: list) -> int:
    """Compare two code objects and, pairwise, the code objects nested in them.

    Appends a description of each differing code object to ``differences``;
    returns how many code objects CPython's tree holds.
    """
    difference = code_difference(got, expected)
    if difference is not None:
        differences.append(difference)
    ours = [constant for constant in got.co_consts if type(constant) is CodeType]
    theirs = [constant for constant in expected.co_consts if type(constant) is CodeType]
    total = 1
    for mine, cpython in zip(ours, theirs):
        total += compare_code_trees(mine, cpython, differences)
    for cpython in theirs[len(ours):]:
        missing = []
        count = compare_code_trees(cpython, cpython, missing)
        total += count
        differences.extend([f"{cpython.co_qualname}: missing in clearpy"] * count)
    return total


def code_difference(got: CodeType, expected: CodeType) -> str | None:
    """Where two code objects first differ (nested code objects aside), or None."""
    name = expected.co_qualname
    if got.co_code != expected.co_code or list(got.co_positions()) != list(expected.co_positions()):
        return f"{name}: {first_instruction_difference(got, expected)}"
    for field in FIELDS:
        mine, cpython = getattr(got, field), getattr(expected, field)
        if field == "co_consts":
            mine = tuple(constant_signature(value) for value in mine)
            cpython = tuple(constant_signature(value) for value in cpython)
        if mine != cpython:
            return f"{name}: {field}: clearpy {getattr(got, field)!r:.100}, " \
                   f"CPython {getattr(expected, field)!r:.100}"
    return None


def first_instruction_difference(got: CodeType, expected: CodeType) -> str:
    ours = list(dis.get_instructions(got))
    theirs = list(dis.get_instructions(expected))
    for mine, cpython in zip(ours, theirs):
        if ((mine.opname, mine.arg, mine.positions) != (cpython.opname, cpython.arg,
                                                         cpython.positions)
                or constant_signature(mine.argval) != constant_signature(cpython.argval)):
            return (f"offset {cpython.offset}: clearpy {_describe(mine)}, "
                    f"CPython {_describe(cpython)}")
    return f"clearpy has {len(ours)} instructions, CPython {len(theirs)}"


def _describe(instruction: dis.Instruction) -> str:
    position = instruction.positions
    where = (f"{position.lineno}:{position.col_offset}-"
             f"{position.end_lineno}:{position.end_col_offset}")
    argument = "" if instruction.arg is None else f" {instruction.arg} ({instruction.argrepr:.40})"
    return f"{instruction.opname}{argument} @{where}"


def constant_signature(value):
    """A value equal for two constants exactly when a compiler would keep just one.

    Like a constant key (``1``, ``1.0`` and ``True`` stay apart, so do
    ``0.0`` and ``-0.0``), but comparable across two compilations (NaN equals
    NaN) and with nested code objects reduced to their name and first line.
    """
    kind = type(value)
    if kind is float:
        return (float, value.hex())
    if kind is complex:
        return (complex, value.real.hex(), value.imag.hex())
    if kind is tuple:
        return (tuple, tuple(constant_signature(item) for item in value))
    if kind is frozenset:
        return (frozenset, frozenset(constant_signature(item) for item in value))
    if kind is CodeType:
        return (CodeType, value.co_qualname, value.co_firstlineno)
    return (kind, value)
