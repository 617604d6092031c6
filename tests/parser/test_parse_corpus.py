"""clearpy.parse agrees with ast.parse on a sample of the stdlib corpus.

The whole corpus is checked by hand with ``clearpy conformance parse``; CI
checks a reproducible sample and every file CPython rejects.
"""

import ast
import warnings

import pytest

from clearpy.conformance import IDENTICAL
from clearpy.conformance.parse import compare_source
from clearpy.corpus import corpus_files, corpus_sample, relative_name
from clearpy.known_failures import known_failures

SAMPLE_SIZE = 40


# The corpus files CPython 3.12 refuses to parse (found by parsing them all).
REJECTED_NAMES = [
    "test/badsyntax_pep3120.py",
    "test/test_lib2to3/data/bom.py",
    "test/test_lib2to3/data/crlf.py",
    "test/test_lib2to3/data/different_encoding.py",
    "test/test_lib2to3/data/false_encoding.py",
    "test/test_lib2to3/data/py2_test_grammar.py",
    "test/tokenizedata/bad_coding.py",
    "test/tokenizedata/bad_coding2.py",
    "test/tokenizedata/badsyntax_3131.py",
]
REJECTED = [path for path in corpus_files() if relative_name(path) in REJECTED_NAMES]


def _check(path):
    name = relative_name(path)
    outcome = compare_source(path.read_bytes(), str(path))
    if name in known_failures("parse"):
        pytest.xfail(known_failures("parse")[name])
    assert outcome.status == IDENTICAL, outcome.detail


@pytest.mark.parametrize("path", corpus_sample(SAMPLE_SIZE, seed=2), ids=relative_name)
def test_corpus_sample(path):
    _check(path)


@pytest.mark.parametrize("path", REJECTED, ids=relative_name)
def test_files_cpython_rejects(path):
    _check(path)


def test_cpython_rejects_them():
    assert len(REJECTED) == len(REJECTED_NAMES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in REJECTED:
            with pytest.raises(SyntaxError):
                ast.parse(path.read_bytes())
