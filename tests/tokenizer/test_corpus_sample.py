"""A sample of the stdlib (and the files CPython rejects), through the conformance check.

The full sweep is ``clearpy conformance tokens``; CI checks a sample.
"""

import pytest

from clearpy.conformance import IDENTICAL
from clearpy.conformance.tokens import check
from clearpy.corpus import corpus_sample, stdlib_directory

REJECTED_BY_CPYTHON = ["test/badsyntax_pep3120.py", "test/tokenizedata/bad_coding.py",
                       "test/tokenizedata/bad_coding2.py"]


@pytest.mark.parametrize("path", corpus_sample(60), ids=lambda p: p.name)
def test_sample_file_is_identical(path):
    outcome = check(path)
    assert outcome.status == IDENTICAL, outcome.detail


@pytest.mark.parametrize("name", REJECTED_BY_CPYTHON)
def test_rejected_file_fails_the_same_way(name):
    path = stdlib_directory() / name
    if not path.exists():
        pytest.skip("not in this CPython's stdlib")
    outcome = check(path)
    assert outcome.status == IDENTICAL, outcome.detail
