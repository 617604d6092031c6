"""Decoding a source by its coding cookie, as compile() does.

Found by CPython's test_importlib (``test_source_encoding``) run with clearpy's
``compile()``: a Latin-1 module compiled while the test had emptied
``sys.meta_path`` failed with "unknown encoding: iso-8859-1". clearpy decoded
with ``codecs.decode``, which always asks the codec registry (and so imports
``encodings.latin_1``); CPython's tokenizer calls ``PyUnicode_Decode``, which
decodes UTF-8, Latin-1 and ASCII itself, and accepts only text encodings:
``# coding: base64`` is "not a text encoding", where clearpy tried to decode
the program as base64 (and crashed on ``rot13``).
"""

import sys

import pytest

from regression_compare import assert_compiles_alike

SOURCES = [
    b"# coding: latin-1\nx = '\xe9'\n", b"# -*- coding: iso-8859-1 -*-\nx = '\xff'\n",
    b"# coding: latin1\nx = '\xff'\n", b"# coding: koi8-r\nx = '\xc1'\n",
    b"# coding: ascii\nx = '\xe9'\n", b"# coding: base64\nx = 1\n", b"# coding: rot13\nx = 1\n",
    b"# coding: hex\nx = 1\n", b"# coding: no-such-codec\nx = 1\n",
]


@pytest.mark.parametrize("source", SOURCES)
def test_a_cookie_is_honoured_and_refused_as_cpython_does(source):
    assert_compiles_alike(source)


def test_latin_1_needs_no_codec_module(monkeypatch):
    import codecs

    def no_codec(name):
        return None

    codecs.register(no_codec)
    codecs.unregister(no_codec)  # which empties the codec registry's cache
    monkeypatch.setattr(sys.modules["encodings"], "_cache", {})  # and the search function's
    monkeypatch.delitem(sys.modules, "encodings.latin_1", raising=False)
    monkeypatch.setattr(sys, "meta_path", [])  # nothing can be imported
    assert_compiles_alike(b"# coding: latin-1\nx = '\xe9'\n")
