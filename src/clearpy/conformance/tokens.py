"""Conformance of stage 1: clearpy's tokens against CPython's, file by file.

``check(path)`` tokenizes the file's bytes with ``clearpy.tokenize`` and with
``tokenize.tokenize`` and compares the two streams token by token (type,
string, start, end, line). When CPython rejects the file, clearpy must raise
the same exception, with the same arguments, after the same tokens.
"""

import io
import tokenize as cpython_tokenize
from pathlib import Path

from clearpy.conformance import IDENTICAL, MISMATCH, Outcome
from clearpy.tokenizer import tokenize


def token_stream(tokens) -> list:
    """Every token as a plain tuple, ending with the exception if one was raised."""
    stream = []
    try:
        for token in tokens:
            stream.append(tuple(token))
    except Exception as error:  # the error is part of the result being compared
        stream.append(("raised", type(error).__name__, error.args))
    return stream


def cpython_tokens(data: bytes) -> list:
    return token_stream(cpython_tokenize.tokenize(io.BytesIO(data).readline))


def clearpy_tokens(data: bytes) -> list:
    return token_stream(tokenize(data))


def first_difference(expected: list, actual: list) -> str:
    """A one-line description of where two token streams part."""
    for index, (want, got) in enumerate(zip(expected, actual)):
        if want != got:
            return f"token {index}: CPython {want!r}, clearpy {got!r}"
    if len(expected) > len(actual):
        return f"clearpy stops after {len(actual)} tokens; CPython continues with {expected[len(actual)]!r}"
    return f"CPython stops after {len(expected)} tokens; clearpy continues with {actual[len(expected)]!r}"


def check(path: Path) -> Outcome:
    data = Path(path).read_bytes()
    expected = cpython_tokens(data)
    actual = clearpy_tokens(data)
    if expected == actual:
        return Outcome(IDENTICAL)
    return Outcome(MISMATCH, first_difference(expected, actual))
