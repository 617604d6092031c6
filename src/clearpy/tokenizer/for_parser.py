"""The parser's view of the tokens: what CPython's parser reads from the tokenizer.

CPython's parser (pegen) pulls tokens from the same C tokenizer as the
``tokenize`` module, in a different mode. ``tokenize_for_parser`` gives
exactly those tokens, as ``TokenInfo`` tuples, so that clearpy's parser sees
what CPython's parser sees:

* the source is read the way ``compile()`` reads it: ``\\r\\n`` and ``\\r``
  become ``\\n``, a final newline is added (in 'exec' mode; in 'eval' and
  'single' modes the end of the last line is the end of input: no NEWLINE, no
  closing DEDENTs), NUL characters are refused, and
  bytes are decoded from their BOM or coding cookie (undecodable bytes in an
  undeclared UTF-8 source are kept as lone surrogates, ``'\\udcff'`` for byte
  0xFF, because CPython only fails on them where it decodes them);
* no COMMENT and no NL tokens: blank lines and comments are skipped;
* exact types: ``(`` is LPAR, ``+=`` is PLUSEQUAL, ``<>`` is NOTEQUAL, any
  other punctuation (``$``, ``?``) is OP; ``async`` and ``await`` are ASYNC
  and AWAIT (in Python 3.12 the C tokenizer still tells them apart);
* positions as pegen gets them: rows from 1, columns counted in UTF-8 bytes
  (the unit of ``ast`` nodes' ``col_offset``); INDENT, DEDENT and ENDMARKER
  have no text and column -1, ENDMARKER and the closing DEDENTs are on the
  last line; a NEWLINE's text is empty, or the comment before it, in which
  case it starts where the comment starts; an f-string text part written
  with ``{{`` or ``}}`` ends after the second brace;
* the ``line`` of each token is its physical line, as in ``tokenize``;
* errors the tokenizer detects are raised as ``compile()`` raises them
  (``SyntaxError``, ``IndentationError``, ``TabError``, with the same
  message, ``lineno``, ``offset``, ``end_lineno``, ``end_offset`` and
  ``text``), when the parser asks for the token where they occur, so that a
  parser reports an error at the right moment. An unclosed bracket at the end
  of input is "'(' was never closed", as pegen reports it.

Warnings the tokenizer emits (``invalid decimal literal`` for ``1if x``,
``invalid escape sequence '\\{'`` in f-strings) go through ``warnings`` as
``SyntaxWarning`` for ``filename``, as in CPython.
"""

from collections.abc import Iterator

from clearpy.tokenizer import errors
from clearpy.tokenizer.encoding import UTF8_BOM, normal_encoding_name
from clearpy.tokenizer.machine import Tokenizer
from clearpy.tokenizer.source import SourceText
from clearpy.tokenizer.tokens import (
    COMMENT, DEDENT, ENDMARKER, FSTRING_MIDDLE, INDENT, NAME, NEWLINE, NL, OP, OPERATOR_TYPES,
    TokenInfo)

ASYNC = 57  # token.ASYNC: the C tokenizer's type for the name 'async' in 3.12
AWAIT = 56  # token.AWAIT

NULL_BYTES = "source code string cannot contain null bytes"


def parser_tokens(source: str | bytes, filename: str = "<string>",
                  mode: str = "exec") -> Iterator[TokenInfo]:
    """The tokens CPython's parser reads when ``compile(source, filename, mode)`` runs."""
    text = read_for_parser(source, filename, mode)
    machine = Tokenizer(text, extra_tokens=False, filename=filename)
    return _adapt(machine)


def _adapt(machine: Tokenizer) -> Iterator[TokenInfo]:
    """Turn the machine's tokens (``tokenize``'s form) into the parser's.

    Speed: most tokens (names, numbers, strings on ASCII lines) pass through
    unchanged; the others are rebuilt with ``tuple.__new__``, which is much
    faster than calling the ``TokenInfo`` constructor.
    """
    make = tuple.__new__
    token_info = TokenInfo
    operator_types = OPERATOR_TYPES
    comment = None
    for token in machine:
        kind = token[0]
        if kind == NAME:
            string = token[1]
            if string == "async" or string == "await":
                token = make(token_info, (ASYNC if string == "async" else AWAIT, string, *token[2:]))
            if token[4].isascii():
                yield token
                continue
        elif kind == OP:
            string = token[1]
            token = make(token_info, (operator_types.get(string, OP), string, *token[2:]))
            if token[4].isascii():
                yield token
                continue
        elif kind == NL:
            comment = None
            continue
        elif kind == COMMENT:
            comment = token
            continue
        elif kind == NEWLINE:
            if comment is not None:
                token = make(token_info, (NEWLINE, comment[1], comment[2], token[3], token[4]))
                comment = None
            else:
                token = make(token_info, (NEWLINE, "", token[2], token[3], token[4]))
        elif kind == INDENT or kind == DEDENT or kind == ENDMARKER:
            line = token[4]
            row = token[2][0] - (1 if line == "" and kind != INDENT else 0)
            yield make(token_info, (kind, "", (row, -1), (row, -1), line))
            continue
        elif kind == FSTRING_MIDDLE and token[1][-1:] in ("{", "}") and _doubled_brace(machine, token):
            token = make(token_info, (kind, token[1], token[2], (token[3][0], token[3][1] + 1), token[4]))
        line = token[4]
        if line.isascii():
            yield token
        else:
            start, end = _byte_columns(line, token[2], token[3])
            yield make(token_info, (token[0], token[1], start, end, line))


def _doubled_brace(machine: Tokenizer, token: TokenInfo) -> bool:
    """Whether an f-string text part ended on ``{{`` or ``}}`` (the reader is past both)."""
    text = machine.text
    brace = token.string[-1]
    before = machine.pos - 2
    return before >= 0 and text[before] == brace and text[before + 1] == brace


def _byte_columns(line: str, start: tuple[int, int], end: tuple[int, int]):
    """Character columns to UTF-8 byte columns, for a token whose text is ``line``."""
    lines = line.split("\n")
    first = lines[0]
    last = lines[end[0] - start[0]] if end[0] - start[0] < len(lines) else lines[-1]
    return ((start[0], errors.utf8_length(first[:start[1]])),
            (end[0], errors.utf8_length(last[:end[1]])))


# ----------------------------------------------------------------------
# Reading source the way compile() does
# ----------------------------------------------------------------------

def read_for_parser(source: str | bytes, filename: str, mode: str = "exec") -> SourceText:
    """The text CPython's string tokenizer works on, or the error ``compile()`` raises.

    ``compile()`` turns ``\r\n`` and ``\r`` into ``\n`` and, in 'exec' mode only,
    adds a newline to a last line that has none.
    """
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if isinstance(source, str):
        if "\0" in source:
            raise SyntaxError(NULL_BYTES)
        source.encode("utf-8")  # a lone surrogate fails here, as in compile()
        text = source.replace("\r\n", "\n").replace("\r", "\n")
        if not text or text.endswith("\n"):
            return SourceText(text)
        return SourceText(text + "\n", implicit_newline=mode != "exec",
                          ends_without_newline=mode != "exec")
    data = bytes(source)
    if b"\0" in data:
        raise SyntaxError(NULL_BYTES)
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    missing_newline = bool(data) and not data.endswith(b"\n")
    if missing_newline:
        data += b"\n"
    text, declared = decode_for_parser(data, filename)
    ends_without_newline = missing_newline and mode != "exec"
    return SourceText(text, encoding_declared=declared, implicit_newline=ends_without_newline,
                      ends_without_newline=ends_without_newline)


def decode_for_parser(data: bytes, filename: str) -> tuple[str, bool]:
    """Decode source bytes like CPython's ``decode_str`` (Parser/tokenizer.c).

    A UTF-8 BOM means UTF-8; a coding cookie on line 1, or on line 2 when
    line 1 is blank or a comment, names the encoding. Problems are reported
    as ``SyntaxError(message, (filename, 0, -1, None))``, as pegen does for
    errors that happen before the first token. Returns the text and whether
    the encoding was declared (by the BOM or a cookie).
    """
    bom = data.startswith(UTF8_BOM)
    if bom:
        data = data[3:]
    lines = data.split(b"\n", 2)
    encoding = None
    if len(lines) > 1:  # C only looks at lines that end with a newline
        encoding, seek_on = _coding_spec(lines[0])
        if encoding is None and seek_on and len(lines) > 2:
            encoding, _ = _coding_spec(lines[1])
    if encoding is not None and bom and encoding != "utf-8":
        raise _init_error(f"encoding problem: {encoding} with BOM", filename)
    declared = bom or encoding is not None
    if encoding is None or encoding == "utf-8":
        return data.decode("utf-8", "surrogateescape"), declared
    try:
        # bytes.decode, like C's PyUnicode_Decode, decodes UTF-8, Latin-1 and
        # ASCII itself, without the codec registry (so without importing a
        # codec module), and accepts only text encodings; codecs.decode would not.
        return data.decode(encoding), declared
    except (LookupError, ValueError) as error:  # UnicodeDecodeError is a ValueError
        raise _init_error(str(error), filename) from None


def _coding_spec(line: bytes) -> tuple[str | None, bool]:
    """C's ``get_coding_spec``: the encoding a comment line declares, if any.

    Also returns whether the search may go on to the next line (this line is
    blank or only a comment).
    """
    size = len(line)
    i = 0
    while i < size - 6:
        if line[i] == 0x23:  # '#'
            break
        if line[i] not in b" \t\f":
            return None, False
        i += 1
    while i < size - 6:
        if line.startswith(b"coding", i):
            t = i + 6
            if line[t:t + 1] in (b":", b"="):
                t += 1
                while line[t:t + 1] in (b" ", b"\t"):
                    t += 1
                begin = t
                while t < size and (chr(line[t]).isalnum() and line[t] < 128 or line[t:t + 1] in (b"-", b"_", b".")):
                    t += 1
                if begin < t:
                    return normal_encoding_name(line[begin:t].decode("ascii")), False
        i += 1
    stripped = line.lstrip(b" \t\f")
    return None, stripped == b"" or stripped[:1] in (b"#", b"\r")


def _init_error(message: str, filename: str) -> SyntaxError:
    return SyntaxError(message, (filename, 0, -1, None))
