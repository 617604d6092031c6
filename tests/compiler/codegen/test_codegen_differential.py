"""clearpy's code generator against CPython's, at the seam and end to end.

* At the seam: the module's instruction sequence before any optimization
  (opcode, argument, position of every instruction, jump targets as indexes)
  and its metadata (constants, names, variable names, cells, free variables)
  must equal what CPython's ``_testinternalcapi.compiler_codegen`` returns.
* End to end: ``clearpy.compile`` must produce the code objects
  ``compile()`` produces, nested ones included (instructions, positions,
  constants, names, stack size, flags, exception table, line table).

Both on hand-written programs covering every construct (``codegen_programs.py``) and
on a sample of the standard library (the full sweep is ``clearpy conformance
compile``).
"""

import ast
import warnings

import _testinternalcapi
import pytest

from clearpy.compiler.ast_optimizer import optimize as fold_constants
from clearpy.compiler.backend import optimize_and_assemble
from clearpy.compiler.code_generator import generate_module_sequence
from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.compiler.future import parse_future
from clearpy.compiler.instruction_sequence import sequence_to_tuples
from clearpy.compiler.symtable import build_symtable
from clearpy.conformance.compile import compare_code_trees, constant_signature
from clearpy.corpus import corpus_sample

from codegen_programs import PROGRAMS

OPTIMIZE_LEVELS = (0, 1, 2)


def clearpy_sequence(source: str, filename: str, optimize: int):
    tree = ast.parse(source, filename)
    future = parse_future(tree, filename)
    fold_constants(tree, optimize, future.features)
    symbols = build_symtable(tree, filename, future)
    sequence, metadata = generate_module_sequence(tree, symbols, filename, future,
                                                  future.features, optimize,
                                                  optimize_and_assemble)
    return sequence_to_tuples(sequence), metadata


def _ordered_constants(consts: dict) -> list:
    ordered = sorted(consts.items(), key=lambda item: item[1])
    return [constant_signature(key[1] if type(key) is tuple else key) for key, _ in ordered]


def assert_same_sequence(source: str, filename: str = "program.py", optimize: int = 0):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        compile(source, filename, "exec", dont_inherit=True)   # CPython accepts it
        instructions, metadata = _testinternalcapi.compiler_codegen(
            ast.parse(source, filename), filename, optimize)
        ours, our_metadata = clearpy_sequence(source, filename, optimize)
    for index, (mine, cpython) in enumerate(zip(ours, instructions)):
        assert mine == cpython, f"instruction {index} of {len(instructions)}"
    assert len(ours) == len(instructions)
    assert _ordered_constants(our_metadata.consts) == _ordered_constants(metadata["consts"])
    for field in ("names", "varnames", "cellvars", "freevars"):
        assert dict(getattr(our_metadata, field)) == metadata[field], field
    for field in ("argcount", "posonlyargcount", "kwonlyargcount"):
        assert getattr(our_metadata, field) == metadata[field], field


def assert_same_code(source, filename: str = "program.py", optimize: int = 0):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = compile(source, filename, "exec", dont_inherit=True, optimize=optimize)
        got = clearpy_compile(source, filename, "exec", dont_inherit=True, optimize=optimize)
    differences = []
    compare_code_trees(got, expected, differences)
    assert differences == []


@pytest.mark.parametrize("optimize", OPTIMIZE_LEVELS)
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_module_sequence_matches_cpython_codegen(name, optimize):
    assert_same_sequence(PROGRAMS[name], optimize=optimize)


@pytest.mark.parametrize("optimize", OPTIMIZE_LEVELS)
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_code_objects_match_cpython_compile(name, optimize):
    assert_same_code(PROGRAMS[name], optimize=optimize)


SAMPLE = corpus_sample(40)


def _compilable(path) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return False
    return True


@pytest.mark.parametrize("path", SAMPLE, ids=[path.name for path in SAMPLE])
def test_corpus_sample(path):
    if not _compilable(path):
        pytest.skip("CPython rejects this file")
    source = path.read_bytes()
    assert_same_sequence(source, str(path))
    assert_same_code(source, str(path))
