"""Sources CPython rejects: clearpy fails the same way (class, message, position).

``invalid_sources`` holds more than a hundred of them. In the ``tokenize``
mode each must be rejected by CPython, and clearpy must produce the same
tokens before failing with the same exception and arguments. In the parser
mode (``tokenize_for_parser``) the error must be the one ``compile()`` raises,
except where CPython's parser gives up earlier with an error of its own.
"""

import pytest

import invalid_sources
from token_oracle import clearpy_stream, compile_error, cpython_stream, parser_mode_error

# compile() reports these with the parser's own error: the parser stops at
# the first problem it meets, before the tokenizer reaches its own (or, for
# the lone carriage return, which compile() reads as a line end, there is none).
PARSER_FAILS_FIRST = {
    'f"{x!}}"\n': "f-string: missing conversion character",
    "if x:\n  y\n    z\n w\n": "unexpected indent",
    "a\r\tb\n": "unexpected indent",
}


def test_there_are_more_than_a_hundred_invalid_sources():
    assert len(invalid_sources.ALL) + len(invalid_sources.PARSER_ONLY) >= 100


@pytest.mark.parametrize("source", invalid_sources.ALL)
def test_cpython_rejects_and_clearpy_fails_the_same_way(source):
    expected = cpython_stream(source)
    assert expected[-1][0] == "raised"
    assert clearpy_stream(source) == expected


@pytest.mark.parametrize("source", invalid_sources.ALL)
def test_same_failure_from_bytes(source):
    data = source.encode("utf-8")
    assert clearpy_stream(data) == cpython_stream(data)


@pytest.mark.parametrize("source", invalid_sources.ALL + invalid_sources.PARSER_ONLY)
def test_parser_mode_errors_are_compiles(source):
    expected = compile_error(source)
    if expected is None:  # a lone "\r" is a line end for compile()
        assert "\r" in source
        assert parser_mode_error(source) is None
        return
    if source in PARSER_FAILS_FIRST:
        assert expected[1] == PARSER_FAILS_FIRST[source]
        return
    assert parser_mode_error(source) == expected


@pytest.mark.parametrize("source", invalid_sources.PARSER_ONLY)
def test_tokenize_mode_accepts_what_only_the_parser_rejects(source):
    expected = cpython_stream(source)
    assert expected[-1][0] != "raised"
    assert clearpy_stream(source) == expected
