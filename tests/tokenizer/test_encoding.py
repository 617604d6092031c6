"""Bytes: the ENCODING token, BOM, PEP 263 cookies and their errors, as tokenize does."""

import io
import tokenize

import pytest

from clearpy.tokenizer import tokenize_file
from token_oracle import clearpy_stream, cpython_stream, stream

BOM = b"\xef\xbb\xbf"

CASES = {
    "utf-8 default": b"x = '\xc3\xa9'\n",
    "BOM": BOM + b"x = 1\n",
    "BOM only": BOM,
    "BOM and utf-8 cookie": BOM + b"# coding: utf-8\nx = 1\n",
    "latin-1 cookie": b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    "cookie on line two": b"#!/usr/bin/env python\n# coding: latin-1\nx = '\xe9'\n",
    "cookie after blank line": b"\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n",
    "cookie too late": b"x = 1\n# coding: latin-1\ny = 2\n",
    "cookie normalised": b"# coding: UTF_8\nx = 1\n",
    "cookie latin_1 spelling": b"# coding=latin_1\nx = '\xe9'\n",
    "cp1252": b"# coding: cp1252\nx = '\x80'\n",
    "invalid utf-8 later is replaced": b"x = 1\ny = '\xff'\n",
    "invalid utf-8 in a name": b"a\xff = 1\n",
    "lone surrogate bytes": b"x = '\xed\xa0\x80'\n",
    "unknown encoding": b"# coding: uft-8\nx = 1\n",
    "BOM contradicts cookie": BOM + b"# coding: latin-1\nx = 1\n",
    "undecodable cookie line": b"# \xff coding: utf-8\nx = 1\n",
    "undecodable first line": b"x = '\xff'\n",
    "not a text encoding": b"# coding: rot13\nx = 1\n",
    "CRLF bytes": b"if x:\r\n    y\r\n",
    "NUL byte": b"x = 1\n\x00\n",
    "empty": b"",
}


@pytest.mark.parametrize("data", CASES.values(), ids=CASES.keys())
def test_bytes_match_cpython(data):
    assert clearpy_stream(data) == cpython_stream(data)


@pytest.mark.parametrize("name", ["unknown encoding", "BOM contradicts cookie", "undecodable first line"])
def test_errors_for_a_file_name_the_file(tmp_path, name):
    path = tmp_path / "module.py"
    path.write_bytes(CASES[name])
    with open(path, "rb") as file:
        expected = stream(tokenize.tokenize(file.readline))
    assert expected[-1][0] == "raised"
    assert str(path) in str(expected[-1][2])
    assert stream(tokenize_file(path.read_bytes(), str(path))) == expected


def test_encoding_token_names_the_encoding():
    tokens = list(tokenize.tokenize(io.BytesIO(CASES["latin-1 cookie"]).readline))
    assert tokens[0].string == "iso-8859-1"
    assert clearpy_stream(CASES["latin-1 cookie"])[0] == tuple(tokens[0])
