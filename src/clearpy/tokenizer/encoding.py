"""Finding a source file's encoding: the UTF-8 BOM and PEP 263 coding cookies.

A Python file is bytes; before it can be tokenized those bytes must become
text. Python 3 assumes UTF-8, unless

* the file starts with the UTF-8 byte order mark ``EF BB BF`` (still UTF-8;
  the mark itself is dropped), or
* one of the first two lines is a comment such as ``# -*- coding: latin-1 -*-``
  (PEP 263), and the second line is only looked at when the first is blank
  or a comment.

``detect_encoding`` follows the rules of the ``tokenize`` module exactly,
including its error messages, so that ``clearpy.tokenize(bytes)`` fails the
same way ``tokenize.tokenize`` does.
"""

import codecs
import re

UTF8_BOM = codecs.BOM_UTF8

# "# ... coding: NAME" or "coding=NAME", anywhere in a comment-only line.
COOKIE = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
# A line that may precede the cookie line: blank, or only a comment.
BLANK_LINE = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def normal_encoding_name(name: str) -> str:
    """Spell the common names of UTF-8 and Latin-1 one way, as CPython does.

    Only the first 12 characters count: ``UTF_8`` and ``utf-8-unix`` are both
    ``utf-8``; ``latin_1`` and ``iso-8859-1-foo`` are both ``iso-8859-1``.
    """
    short = name[:12].lower().replace("_", "-")
    if short == "utf-8" or short.startswith("utf-8-"):
        return "utf-8"
    if short in ("latin-1", "iso-8859-1", "iso-latin-1") or short.startswith(
            ("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def first_lines(data: bytes, count: int = 2) -> list[bytes]:
    """The first ``count`` lines of ``data``, each with its ``\\n``, as ``readline`` gives them."""
    lines = []
    start = 0
    while len(lines) < count and start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        lines.append(data[start:end])
        start = end
    return lines


def detect_encoding(data: bytes, filename: str | None = None) -> tuple[str, list[bytes]]:
    """The encoding of ``data`` and the lines read to find it (BOM removed).

    Returns ``(encoding, lines)`` like ``tokenize.detect_encoding``: the
    encoding is ``'utf-8-sig'`` when a BOM was found, and ``lines`` are the one
    or two first lines that had to be read. Raises ``SyntaxError`` for an
    unknown encoding, a cookie that is not valid UTF-8, or a BOM that
    contradicts the cookie; ``filename`` (when known) is named in the message.
    """
    lines = first_lines(data)
    bom_found = False
    default = "utf-8"

    def find_cookie(line: bytes) -> str | None:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            raise SyntaxError(_with_filename("invalid or missing encoding declaration", filename)) from None
        match = COOKIE.match(text)
        if not match:
            return None
        encoding = normal_encoding_name(match.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                raise SyntaxError("unknown encoding: " + encoding) from None
            raise SyntaxError(f"unknown encoding for {filename!r}: {encoding}") from None
        if bom_found:
            if encoding != "utf-8":
                if filename is None:
                    raise SyntaxError("encoding problem: utf-8")
                raise SyntaxError(f"encoding problem for {filename!r}: utf-8")
            encoding += "-sig"
        return encoding

    first = lines[0] if lines else b""
    if first.startswith(UTF8_BOM):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not BLANK_LINE.match(first):
        return default, [first]
    second = lines[1] if len(lines) > 1 else b""
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def _with_filename(message: str, filename: str | None) -> str:
    return message if filename is None else f"{message} for {filename!r}"
