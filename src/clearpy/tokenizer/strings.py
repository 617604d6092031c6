"""String literals: ``'a'``, ``b"\\x00"``, ``r'''...'''``, and their errors.

A string starts with an optional prefix (``b``, ``r``, ``u``, ``br``, ``rb``
in any case), then one or three quotes, and ends at the same quote(s). A
backslash escapes the next character, so an escaped quote does not end the
string and a backslash at the end of a line continues the string on the next
one (only triple-quoted strings may span lines otherwise). The tokenizer does
not interpret escapes: that is the parser's job; it only finds where the
string ends. ``f``-prefixed strings are read by ``fstrings.py`` instead.
"""

from clearpy.tokenizer import errors
from clearpy.tokenizer.patterns import STRING_BODY
from clearpy.tokenizer.tokens import STRING, TokenInfo

_make = tuple.__new__  # TokenInfo(...) without the keyword-argument overhead (speed)

# CPython 3.12.1's message for an unterminated string whose closing quote was
# escaped does not add the hint later versions give.
ESCAPED_QUOTE_HINT = False


def read_string(machine, token_start: int, quote_pos: int) -> TokenInfo:
    """A string literal: optional prefix, quote(s), body, the same quote(s)."""
    text = machine.text
    quote = text[quote_pos]
    size = 3 if text.startswith(quote * 3, quote_pos) else 1
    match = STRING_BODY[quote, size].match(text, quote_pos + size)
    if match is None:
        raise unterminated_string(machine, token_start, quote_pos, quote, size)
    end = match.end()
    lineno, ls = machine.lineno, machine.line_start
    if size == 3 or "\n" in text[quote_pos:end]:
        machine.pass_lines(quote_pos, end)
    machine.pos = end
    line = machine.line_text(ls, machine.line_end) if machine.lineno != lineno else machine.line
    return _make(TokenInfo, (STRING, text[token_start:end], (lineno, token_start - ls),
                             (machine.lineno, end_column(machine, line, end)), line))


def end_column(machine, line: str, end: int) -> int:
    """The end column of a token that ends at ``end`` on the current line.

    For a token spanning several lines, CPython 3.12.1 converts the end's
    byte offset within its last line to characters by counting in the
    token's *first* line (its ``line`` text), so with non-ASCII text the
    figure is not the character column. clearpy reproduces the quirk.
    """
    column = end - machine.line_start
    if line.isascii() or not machine.extra_tokens or machine.text.startswith(line, machine.line_start):
        return column
    last_line = machine.text[machine.line_start:end]
    return errors.byte_offset_to_column(line, errors.utf8_length(last_line))


def unterminated_string(machine, token_start: int, quote_pos: int, quote: str,
                         size: int) -> Exception:
    """Find where the C reader gives up on a string, and its error."""
    text = machine.text
    i = quote_pos + size
    end_quotes = 0
    has_escaped_quote = False
    while True:
        if i >= len(text):
            detected = machine.lineno + text.count("\n", quote_pos, len(text) - 1)
            machine.reach_end(between_tokens=False)
            break
        c = text[i]
        i += 1
        if size == 1 and c == "\n":
            detected = machine.lineno + text.count("\n", quote_pos, i - 1)
            break
        if c == quote:
            end_quotes += 1
            if end_quotes == size:
                raise AssertionError("clearpy: a complete string was reported unterminated")
        else:
            end_quotes = 0
            if c == "\\" and i < len(text):
                c = text[i]
                i += 1
                if c == quote:
                    has_escaped_quote = True
                if c == "\r" and i < len(text):
                    i += 1
    mode = machine.fmodes[-1] if machine.fmodes else None
    if mode is not None and mode.quote == quote and mode.quote_size == size:
        message = "f-string: expecting '}'"
    elif size == 3:
        message = f"unterminated triple-quoted string literal (detected at line {detected})"
    else:
        message = f"unterminated string literal (detected at line {detected})"
        if has_escaped_quote and ESCAPED_QUOTE_HINT:
            message += "; perhaps you escaped the end quote?"
    return errors.syntax_error(machine, message, machine.lineno, machine.line_start, token_start + 1)
