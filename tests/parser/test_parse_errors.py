"""Syntax errors: clearpy raises what CPython raises, in every field.

For each invalid program (see invalid_programs.py: harvested from CPython's
Lib/test, plus our own), the exception class, msg, lineno, offset, end_lineno
and end_offset must equal CPython's. Differences we know of are listed with
their reason in known_failures/parse.toml (by program id) and must stay under
3% of the programs.
"""

import pytest

from clearpy.conformance import IDENTICAL
from clearpy.conformance.parse import compare_source
from clearpy.known_failures import known_failures

from invalid_programs import invalid_programs, program_id

PROGRAMS = invalid_programs()


def test_there_are_enough_invalid_programs():
    assert len(PROGRAMS) >= 400


def test_known_failures_are_few():
    listed = [case for case in known_failures("parse") if case.startswith("invalid:")]
    assert len(listed) <= 0.03 * len(PROGRAMS)


@pytest.mark.parametrize("origin, source", PROGRAMS, ids=[program_id(s) for _, s in PROGRAMS])
def test_same_syntax_error(origin, source):
    outcome = compare_source(source)
    name = program_id(source)
    if name in known_failures("parse"):
        pytest.xfail(known_failures("parse")[name])
    assert outcome.status == IDENTICAL, f"{origin}: {source!r}: {outcome.detail}"
