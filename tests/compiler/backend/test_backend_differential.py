"""clearpy's back end fed CPython's own code generation must give compile()'s code object.

``_testinternalcapi.compiler_codegen`` is CPython's code generation for the
module's top-level code unit, before any optimization; clearpy's CFG
optimizer and assembler turn it into a code object, which must equal
``compile()``'s field by field.
"""

import ast
import warnings

import _testinternalcapi
import pytest

from clearpy.compiler.backend import assemble_cpython_codegen
from clearpy.compiler.code_comparison import first_difference
from clearpy.corpus import corpus_sample, relative_name
from clearpy.known_failures import known_failures

from programs import PROGRAMS


def back_end_difference(source, filename="<test>") -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = compile(source, filename, "exec", dont_inherit=True)
        instructions, metadata = _testinternalcapi.compiler_codegen(ast.parse(source), filename, 0)
    got = assemble_cpython_codegen(instructions, metadata, expected.co_flags, filename)
    return first_difference(got, expected)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program(name):
    assert back_end_difference(PROGRAMS[name]) is None


def _sample():
    known = known_failures("backend")
    return [path for path in corpus_sample(60, seed=5) if relative_name(path) not in known]


@pytest.mark.parametrize("path", _sample(), ids=relative_name)
def test_corpus_sample(path):
    source = path.read_bytes()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except SyntaxError:
        pytest.skip("CPython rejects the file")
    assert back_end_difference(source, str(path)) is None


def test_known_failures_still_fail_for_the_stated_reason():
    """The listed files differ only because a label is missing from CPython's test format."""
    from clearpy.corpus import stdlib_directory
    for case in known_failures("backend"):
        source = (stdlib_directory() / case).read_bytes()
        assert back_end_difference(source) is not None, f"{case} passes now: unlist it"
