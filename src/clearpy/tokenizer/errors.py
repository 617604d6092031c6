"""How the tokenizer reports bad input, in each of its two modes.

CPython has one C tokenizer and reports its errors in two dialects:

* the ``tokenize`` module (clearpy's *tokenize mode*) turns a plain
  ``SyntaxError`` into ``tokenize.TokenError(message, (line, column))`` and
  lets ``IndentationError`` and ``TabError`` through with the
  ``('<string>', line, column, text, None, None)`` details of the C reader;
* ``compile()`` (clearpy's *parser mode*) raises ``SyntaxError``,
  ``IndentationError`` or ``TabError`` with a file name, a 1-based column
  range and the offending line as ``text``.

The columns are computed differently in each dialect, and some count bytes of
UTF-8 rather than characters, because CPython's C code counts bytes in some
places. The functions here reproduce each computation from the tokenizer's
state at the moment of the error; ``Reader`` (in ``machine.py``) is the state.

Error kinds, named after CPython's ``E_*`` codes (Include/errcode.h):
``EOF`` (input ended inside brackets or after a backslash), ``DEDENT``
(unindent does not match), ``TABSPACE`` (inconsistent tabs and spaces),
``TOODEEP`` (too many indentation levels), ``LINECONT`` (a character after
the line-continuation backslash).
"""

from tokenize import TokenError

EOF = "EOF"
DEDENT = "DEDENT"
TABSPACE = "TABSPACE"
TOODEEP = "TOODEEP"
LINECONT = "LINECONT"
DECODE = "DECODE"

_MESSAGES = {
    DEDENT: "unindent does not match any outer indentation level",
    TABSPACE: "inconsistent use of tabs and spaces in indentation",
    TOODEEP: "too many levels of indentation",
    LINECONT: "unexpected character after line continuation character",
}

_CLASSES = {DEDENT: IndentationError, TABSPACE: TabError, TOODEEP: IndentationError,
            LINECONT: SyntaxError}


def utf8_length(text: str) -> int:
    """How many bytes ``text`` takes in UTF-8 (what C pointer arithmetic counts)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogateescape"))


def byte_offset_to_column(line: str, offset: int) -> int:
    """CPython's ``_PyPegen_byte_offset_to_character_offset``.

    The number of characters in the first ``offset`` bytes of ``line``'s UTF-8
    form; a character cut in the middle counts as one, and the offset may run
    one past the end (the C string's terminating NUL counts as a character).
    """
    if line.isascii():
        return min(offset, len(line) + 1)
    data = line.encode("utf-8", "surrogateescape")
    offset = min(offset, len(data) + 1)
    return len((data + b"\0")[:offset].decode("utf-8", "replace"))


def displayed(line: str) -> str:
    """A line as CPython shows it in an error: bytes that are not UTF-8 (kept
    in clearpy's text as surrogates) become U+FFFD."""
    if line.isascii() or line.isprintable():
        return line
    return line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def tokenize_message(message: str) -> str:
    """The ``tokenize`` module's rewording of one C tokenizer message."""
    if "unterminated triple-quoted string literal" in message:
        return "EOF in multi-line string"
    return message


def syntax_error(reader, message: str, lineno: int, line_start: int, cursor: int) -> Exception:
    """``_PyTokenizer_syntaxerror``: an error at the reader's cursor.

    The column is the number of characters from the start of the line to
    the cursor, which usually sits just after the offending character.
    """
    text = reader.text
    column = cursor - line_start
    if reader.extra_tokens:
        return TokenError(tokenize_message(message), (lineno, column))
    line_end = text.find("\n", line_start)
    line = text[line_start:] if line_end < 0 else text[line_start:line_end]
    if not line.isascii():
        shown = displayed(line)
        if shown is not line:
            column = len(displayed(text[line_start:cursor]))
        line = shown
    return for_the_parser(reader, SyntaxError(message, (reader.filename, lineno, column, line,
                                                        lineno, column)), None)


def known_range_error(reader, message: str, column: int, end_column: int) -> Exception:
    """``_PyTokenizer_syntaxerror_known_range`` (parser mode): columns given in bytes."""
    text = reader.text
    line_end = text.find("\n", reader.line_start)
    line = text[reader.line_start:line_end]
    return for_the_parser(reader, SyntaxError(message, (reader.filename, reader.lineno, column,
                                                        line, reader.lineno, end_column)), None)


def state_error(reader, kind: str) -> Exception:
    """An error CPython reports from the tokenizer's state code (``tok->done``).

    The position comes from the C reader's buffer: ``buffer_start`` (where
    the buffer begins), ``line_end`` (how far it has been filled) and the cursor.
    """
    if reader.extra_tokens:
        return _tokenize_state_error(reader, kind)
    return for_the_parser(reader, _parser_state_error(reader, kind), kind)


def for_the_parser(reader, error: SyntaxError, state: str | None) -> SyntaxError:
    """Attach what a parser needs to recover from a tokenizer error as pegen does.

    * ``tokenizer_state``: None when CPython's tokenizer raised the error
      itself; otherwise the ``tok->done`` state ('EOF', 'DEDENT', 'TABSPACE',
      'TOODEEP', 'LINECONT', 'DECODE') from which pegen builds the error, which
      its error recovery treats differently;
    * ``in_fstring``: whether the error happened inside an f-string;
    * ``unclosed_bracket``: the "'(' was never closed" error pegen would
      raise for the innermost bracket still open, or None.
    """
    error.tokenizer_state = state
    error.in_fstring = bool(reader.fmodes)
    error.unclosed_bracket = unclosed_bracket_error(reader) if reader.parens else None
    return error


def unclosed_bracket_error(reader) -> SyntaxError:
    """Pegen's ``raise_unclosed_parentheses_error`` for the innermost open bracket."""
    bracket, bracket_lineno, bracket_pos, bracket_line_start = reader.parens[-1]
    bracket_column = utf8_length(reader.text[bracket_line_start:bracket_pos])
    buffer = displayed(reader.line_text(reader.buffer_start, reader.line_end))
    if reader.lineno <= bracket_lineno and buffer:
        line = buffer
    else:
        line = displayed(reader.source_line(bracket_lineno))
    column = pegen_column(reader, line, bracket_column + 1)
    return SyntaxError(f"'{bracket}' was never closed",
                       (reader.filename, bracket_lineno, column, line, bracket_lineno, 0))


def pegen_column(reader, line: str, offset: int) -> int:
    """A column in an error pegen builds: ``offset`` is in UTF-8 bytes, and
    pegen turns it into characters of ``line`` only when it knows the source's
    encoding (always for ``str`` sources; for ``bytes`` only with a BOM or cookie)."""
    if reader.encoding_declared:
        return byte_offset_to_column(line, offset)
    return offset


def _tokenize_state_error(reader, kind: str) -> Exception:
    buffer = reader.text[reader.buffer_start:reader.line_end]
    if kind == EOF:
        # PyErr_SyntaxLocationObject with the buffer's length in bytes.
        return TokenError("unexpected EOF in multi-line statement",
                          (reader.lineno, utf8_length(buffer)))
    error_line = buffer[:-1]  # the buffer minus its final newline
    column = len(error_line) + 1
    if kind == LINECONT:
        return TokenError(_MESSAGES[kind], (reader.lineno, column))
    return _CLASSES[kind](_MESSAGES[kind], ("<string>", reader.lineno, column, error_line, None, None))


def _parser_state_error(reader, kind: str) -> Exception:
    """The error pegen raises (Parser/pegen_errors.c) for a tokenizer state."""
    lineno = reader.lineno
    buffer = displayed(reader.line_text(reader.buffer_start, reader.line_end))
    to_cursor = reader.line_text(reader.line_start, reader.pos)
    if kind == EOF:
        if reader.parens:
            return unclosed_bracket_error(reader)
        column = pegen_column(reader, buffer, utf8_length(to_cursor))
        return SyntaxError("unexpected EOF while parsing",
                           (reader.filename, lineno, column, buffer, lineno, -1))
    if kind == DEDENT:
        column = pegen_column(reader, buffer, utf8_length(to_cursor))
        return IndentationError(_MESSAGES[kind], (reader.filename, lineno, column, buffer, lineno, -1))
    if kind == LINECONT:
        # The C reader stopped after the first byte of the unexpected character.
        before = reader.text[reader.buffer_start:reader.pos - 1]
        column = pegen_column(reader, buffer, utf8_length(before) + 1)
        return SyntaxError(_MESSAGES[kind], (reader.filename, lineno, column, buffer, lineno, 0))
    column = pegen_column(reader, buffer, 1)
    return _CLASSES[kind](_MESSAGES[kind], (reader.filename, lineno, column, buffer, lineno, 0))
