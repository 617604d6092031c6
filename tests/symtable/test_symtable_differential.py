"""clearpy's symbol tables against CPython's, program by program.

Every valid program must give the same scopes, names, flags and public-API
answers as ``symtable.symtable``; every invalid one the same SyntaxError as
both ``symtable.symtable`` and ``compile()`` (class, message, line, column,
end line, end column, and the source line when the file exists).
"""

import symtable
import warnings

import pytest

from clearpy.compiler.symtable.public import symtable as clearpy_symtable
from clearpy.conformance.symtable import compare_source, error_fields
from symtable_cases import EVAL_VALID, INVALID, SINGLE_VALID, VALID


@pytest.mark.parametrize("source", [case[1] for case in VALID], ids=[case[0] for case in VALID])
def test_valid_program_gives_cpythons_tables(source):
    symtable.symtable(source, "<case>", "exec")  # the case really is valid
    assert compare_source(source, "<case>") is None


@pytest.mark.parametrize("mode, source",
                         [("eval", case[1]) for case in EVAL_VALID]
                         + [("single", case[1]) for case in SINGLE_VALID],
                         ids=[case[0] for case in EVAL_VALID + SINGLE_VALID])
def test_eval_and_single_modes(mode, source):
    assert compare_source(source, "<case>", mode) is None


def test_there_are_at_least_80_invalid_programs():
    assert len(INVALID) >= 80


def _cpython_error(function, *args) -> SyntaxError:
    with pytest.raises(SyntaxError) as caught, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        function(*args)
    return caught.value


@pytest.mark.parametrize("source", [case[1] for case in INVALID], ids=[case[0] for case in INVALID])
def test_invalid_program_gives_cpythons_error(source):
    expected = _cpython_error(symtable.symtable, source, "<case>", "exec")
    actual = _cpython_error(clearpy_symtable, source, "<case>", "exec")
    assert type(actual) is SyntaxError
    assert error_fields(actual) == error_fields(expected)
    assert actual.args == expected.args  # the message alone, as CPython sets it
    assert actual.text is None and expected.text is None
    assert error_fields(_cpython_error(compile, source, "<case>", "exec")) == error_fields(expected)


@pytest.mark.parametrize("source", [case[1] for case in INVALID[::7]], ids=[case[0] for case in INVALID[::7]])
def test_error_text_is_read_from_the_named_file(source, tmp_path):
    path = tmp_path / "program.py"
    path.write_text(source, encoding="utf-8")
    expected = _cpython_error(symtable.symtable, source, str(path), "exec")
    actual = _cpython_error(clearpy_symtable, source, str(path), "exec")
    assert (actual.filename, actual.text) == (expected.filename, expected.text)
    assert actual.text is not None


def test_error_text_of_a_very_long_line(tmp_path):
    source = "def f(a, " + "b" * 1500 + ", a): pass\n"
    path = tmp_path / "long.py"
    path.write_text(source)
    expected = _cpython_error(symtable.symtable, source, str(path), "exec")
    actual = _cpython_error(clearpy_symtable, source, str(path), "exec")
    assert actual.text == expected.text
    assert error_fields(actual) == error_fields(expected)


@pytest.mark.parametrize("source", [
    "x = " + "lambda: " * 1400 + "1\n",
    "x = " + "[" * 190 + "]" * 190 + "\n",
    "".join(" " * depth + "def f():\n" for depth in range(99)) + " " * 99 + "return f\n",
    "".join(" " * depth + "class C:\n" for depth in range(99)) + " " * 99 + "pass\n",
    "x = " + "lambda: " * 3000 + "1\n",  # CPython's parser gives up: the same error
], ids=["lambdas", "lists", "functions", "classes", "too deep"])
def test_deep_nesting(source):
    assert compare_source(source, "<deep>") is None
