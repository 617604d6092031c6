"""Turning the user's ``str`` or ``bytes`` into the text the state machine reads.

CPython's ``tokenize`` module feeds its C tokenizer one line at a time through
``readline``: ``io.StringIO(source).readline`` for text, and for bytes
``io.BytesIO(source).readline`` after ``detect_encoding`` has found the
encoding. clearpy reads the whole source at once (that is faster), but keeps
every consequence of line-by-line reading:

* lines end at ``\\n`` only; a lone ``\\r`` stays inside its line;
* a last line without ``\\n`` gets an invisible one (``implicit_newline``);
* a line that cannot be read fails only when the tokenizer reaches it, after
  the tokens before it have been produced. Such a line and everything after
  it is cut off the text and remembered as a ``ReadFailure``.

The parser reads source the way ``compile()`` does instead (``for_parser``):
all of it at once, with ``\\r\\n`` and ``\\r`` turned into ``\\n``.
"""

import codecs
from dataclasses import dataclass

from clearpy.tokenizer.encoding import UTF8_BOM, detect_encoding


@dataclass(frozen=True)
class ReadFailure:
    """A line the tokenizer will fail to read when it gets there.

    Either ``exception`` is raised as it is (the line could not be decoded or
    encoded: ``UnicodeEncodeError``, ``LookupError`` ...), or the line holds a
    NUL character, which the tokenizer reports as a syntax error.
    """

    lineno: int
    exception: BaseException | None = None

    @property
    def null_bytes(self) -> bool:
        return self.exception is None


@dataclass(frozen=True)
class SourceText:
    """Everything the state machine reads: text that always ends with ``\\n``."""

    text: str
    implicit_newline: bool = False
    failure: ReadFailure | None = None
    # Parser mode: whether CPython knows the source's encoding (str input, or
    # bytes with a BOM or a coding cookie). When it does not, pegen reports
    # some error columns in UTF-8 bytes instead of characters.
    encoding_declared: bool = True
    # Parser mode, for compile() modes other than 'exec' ('eval', 'single'):
    # CPython adds no newline to such a source, so when it lacks one the '\n'
    # at the end of ``text`` only marks the end of the input.
    ends_without_newline: bool = False


def from_text(source: str) -> SourceText:
    """Text as ``tokenize.generate_tokens(io.StringIO(source).readline)`` reads it."""
    nul = source.find("\0")
    try:
        source.encode("utf-8")
        surrogate = -1
    except UnicodeEncodeError as error:
        surrogate = error.start
    bad = min((p for p in (nul, surrogate) if p >= 0), default=-1)
    if bad < 0:
        if source and not source.endswith("\n"):
            return SourceText(source + "\n", implicit_newline=True)
        return SourceText(source)
    line_start = source.rfind("\n", 0, bad) + 1
    line_end = source.find("\n", bad)
    line = source[line_start:] if line_end < 0 else source[line_start:line_end + 1]
    lineno = source.count("\n", 0, line_start) + 1
    try:
        line.encode("utf-8")
        failure = ReadFailure(lineno)  # the NUL comes first
    except UnicodeEncodeError as error:
        failure = ReadFailure(lineno, error)  # reading the line fails before NULs are seen
    return SourceText(source[:line_start], failure=failure)


def from_bytes(data: bytes, filename: str | None = None) -> tuple[str, SourceText]:
    """Bytes as ``tokenize.tokenize(io.BytesIO(data).readline)`` reads them.

    Returns the encoding that the ENCODING token names and the decoded text.
    Raises ``SyntaxError`` (from ``detect_encoding``) before anything else
    when the encoding declaration is wrong. Each line is decoded on its own
    with the ``'replace'`` error handler, exactly as the C tokenizer does.
    """
    encoding, _ = detect_encoding(data, filename)
    if encoding == "utf-8-sig":
        encoding = "utf-8"  # the BOM was removed by detect_encoding
    if data.startswith(UTF8_BOM):
        data = data[3:]
    if codecs.lookup(encoding).name == "utf-8":
        # Decoding UTF-8 line by line or all at once gives the same text.
        return encoding, from_text(data.decode("utf-8", "replace"))
    lines = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        try:
            lines.append(data[start:end].decode(encoding, "replace"))
        except Exception as error:  # e.g. LookupError: 'rot13' is not a text encoding
            text = from_text("".join(lines))
            failure = text.failure or ReadFailure(len(lines) + 1, error)
            return encoding, SourceText(text.text, text.implicit_newline, failure)
        start = end
    return encoding, from_text("".join(lines))
