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

from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.conformance.codegen import clearpy_module_sequence, sequence_difference
from clearpy.conformance.compile import compare_code_trees
from clearpy.corpus import corpus_sample

from codegen_programs import PROGRAMS

OPTIMIZE_LEVELS = (0, 1, 2)


def assert_same_sequence(source, filename: str = "program.py", optimize: int = 0):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        compile(source, filename, "exec", dont_inherit=True)   # CPython accepts it
        instructions, metadata = _testinternalcapi.compiler_codegen(
            ast.parse(source, filename), filename, optimize)
        ours, our_metadata = clearpy_module_sequence(ast.parse(source, filename), filename,
                                                     optimize)
    assert sequence_difference(ours, our_metadata, instructions, metadata) is None


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
