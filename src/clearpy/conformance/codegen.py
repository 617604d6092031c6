"""Conformance of code generation alone, at the seam with the back end.

For one file, the module's code unit as code generation leaves it, before any
optimization: every instruction (opcode, argument, source position; a jump's
argument is the index of its target) and the unit's metadata (constants,
names, local, cell and free variable names, argument counts), compared with
CPython's own code generator, ``_testinternalcapi.compiler_codegen``. Both
start from the same tree (CPython's parser), so only the constant folder, the
symbol tables and the code generator are measured. Nested code units arrive
compiled, as constants: ``clearpy conformance compile`` compares them.
"""

import ast
import warnings
from pathlib import Path

import _testinternalcapi

from clearpy.compiler.ast_optimizer import optimize as fold_constants
from clearpy.compiler.backend import optimize_and_assemble
from clearpy.compiler.code_generator import generate_module_sequence
from clearpy.compiler.future import parse_future
from clearpy.compiler.instruction_sequence import sequence_to_tuples
from clearpy.compiler.symtable import build_symtable
from clearpy.conformance import IDENTICAL, MISMATCH, Outcome
from clearpy.conformance.compile import constant_signature

METADATA_FIELDS = ("names", "varnames", "cellvars", "freevars", "argcount", "posonlyargcount",
                   "kwonlyargcount")


def cpython_codegen(source: bytes, filename: str):
    """CPython's code object for a file, and its code generator's output for the module
    unit: (code, instructions, metadata); None when CPython rejects the file (its code
    generator would crash on it)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = compile(source, filename, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return None
        instructions, metadata = _testinternalcapi.compiler_codegen(
            ast.parse(source, filename), filename, 0)
    return code, instructions, metadata


def check(path: Path) -> Outcome:
    source = Path(path).read_bytes()
    cpython = cpython_codegen(source, str(path))
    difference = None if cpython is None else module_unit_difference(source, str(path),
                                                                     *cpython[1:])
    return Outcome(MISMATCH, difference) if difference else Outcome(IDENTICAL)


def module_unit_difference(source: bytes, filename: str, expected: list, expected_metadata):
    """How clearpy's module unit differs from CPython's code generator's, or None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got, metadata = clearpy_module_sequence(ast.parse(source, filename), filename)
    return sequence_difference(got, metadata, expected, expected_metadata)


def clearpy_module_sequence(tree, filename: str, optimize: int = 0):
    """The module unit's (instruction tuples, metadata), as compiler_codegen gives them."""
    future = parse_future(tree, filename)
    fold_constants(tree, optimize, future.features)
    symbols = build_symtable(tree, filename, future)
    sequence, metadata = generate_module_sequence(tree, symbols, filename, future,
                                                  future.features, optimize,
                                                  optimize_and_assemble)
    return sequence_to_tuples(sequence), metadata


def sequence_difference(got: list, metadata, expected: list, expected_metadata: dict):
    """The first difference between two module units, or None."""
    for index, (mine, cpython) in enumerate(zip(got, expected)):
        if mine != cpython:
            return f"instruction {index}: clearpy {mine}, CPython {cpython}"
    if len(got) != len(expected):
        return f"clearpy has {len(got)} instructions, CPython {len(expected)}"
    ours = _ordered_constants(metadata.consts)
    theirs = _ordered_constants(expected_metadata["consts"])
    if ours != theirs:
        return f"constants: clearpy {ours!r:.150}, CPython {theirs!r:.150}"
    for field in METADATA_FIELDS:
        mine = getattr(metadata, field)
        cpython = expected_metadata[field]
        if (dict(mine) if isinstance(mine, dict) else mine) != cpython:
            return f"{field}: clearpy {mine!r:.100}, CPython {cpython!r:.100}"
    return None


def _ordered_constants(consts: dict) -> list:
    ordered = sorted(consts.items(), key=lambda item: item[1])
    return [constant_signature(key[1] if type(key) is tuple else key) for key, _ in ordered]
