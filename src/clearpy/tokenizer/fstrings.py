"""F-strings (PEP 701): their text, their replacement fields, and their errors.

``f"a{x!r:>{width}}b"`` is not one token. The tokenizer produces
FSTRING_START (``f"``), then alternates between FSTRING_MIDDLE tokens for
the f-string's own text and ordinary tokens for the expressions in braces,
and ends with FSTRING_END (``"``). A ``:`` at the top level of a replacement
field starts its *format spec*, which is text again and may contain
replacement fields of its own. Because expressions are read as ordinary
tokens, f-strings nest, even with the same quotes.

The machine keeps one ``FStringMode`` per open f-string (``Tokenizer.fmodes``);
the top one says whether the f-string's text (``in_text``) or an expression
is being read. The expression part is read by the machine's normal loop,
which consults the mode for ``:``, ``{`` and ``}``; this module reads the text.
"""

from clearpy.tokenizer import errors
from clearpy.tokenizer.patterns import fstring_text
from clearpy.tokenizer.strings import end_column
from clearpy.tokenizer.tokens import FSTRING_END, FSTRING_MIDDLE, FSTRING_START, TokenInfo

MAX_FSTRING_LEVEL = 150  # nested f-strings (MAXFSTRINGLEVEL)
MAX_EXPR_NESTING = 3     # f-string replacement fields nested in format specs

_make = tuple.__new__  # TokenInfo(...) without the keyword-argument overhead (speed)


class FStringMode:
    """What the tokenizer knows about one f-string it is inside.

    ``in_text`` is True while reading the f-string's own text and False while
    reading the expression of a replacement field. ``bracket_depth`` counts
    the brackets open inside this f-string; ``expr_start_depth`` is the depth
    at which the current replacement field's expression started (-1: none).
    """

    __slots__ = ("quote", "quote_size", "raw", "start", "start_line_start", "start_lineno",
                 "in_text", "bracket_depth", "expr_start_depth", "in_format_spec")

    def __init__(self, quote, quote_size, raw, start, start_line_start, start_lineno):
        self.quote = quote
        self.quote_size = quote_size
        self.raw = raw
        self.start = start                        # where the prefix begins
        self.start_line_start = start_line_start  # the start of that line
        self.start_lineno = start_lineno
        self.in_text = True
        self.bracket_depth = 0
        self.expr_start_depth = -1
        self.in_format_spec = False


def start_fstring(machine, start: int, quote_pos: int) -> TokenInfo:
    """``f"``, ``rf'''`` ...: push a new f-string mode."""
    text = machine.text
    quote = text[quote_pos]
    size = 3 if text.startswith(quote * 3, quote_pos) else 1
    end = quote_pos + size
    if len(machine.fmodes) + 1 >= MAX_FSTRING_LEVEL:
        raise machine.syntax_error("too many nested f-strings", end)
    raw = "r" in text[start:quote_pos].lower()
    machine.fmodes.append(FStringMode(quote, size, raw, start, machine.line_start, machine.lineno))
    return machine.token(FSTRING_START, start, end)


def fstring_text_tokens(machine):
    """Read an f-string's text up to a replacement field or the closing quote.

    Yields FSTRING_MIDDLE (possibly empty) and/or FSTRING_END. In the text
    ``{{`` and ``}}`` stand for one brace: the token's string keeps the
    first brace of the pair and its end position is just after it, while
    the next token starts after the second brace, as in CPython.
    """
    text = machine.text
    mode = machine.fmodes[-1]
    start = pos = machine.pos
    quote, size = mode.quote, mode.quote_size
    if text[pos] == "{" and text[pos + 1] != "{":
        enter_expression(machine, mode, pos)
        return
    if text.startswith(quote * size, pos):
        machine.fmodes.pop()
        yield machine.token(FSTRING_END, pos, pos + size)
        return
    first_lineno, first_line_start = machine.lineno, machine.line_start
    in_spec = mode.in_format_spec and mode.expr_start_depth >= 0
    plain = fstring_text(quote, size).match
    unicode_escape = False
    counted = pos  # line ends before here have been followed

    def follow(upto: int) -> None:
        nonlocal counted
        if upto > counted:
            machine.pass_lines(counted, upto)
            counted = upto

    i = pos
    while True:
        i = plain(text, i).end()
        if i >= len(text):
            follow(len(text) - 1)
            machine.reach_end(between_tokens=False)
            raise unterminated_fstring(machine, mode)
        c = text[i]
        i += 1
        if c == "\n":  # only in a single-quoted f-string
            follow(i - 1)
            if in_spec and not (i == len(text) and machine.ends_without_newline):
                end = stop = i - 1
                mode.in_text = False
                mode.in_format_spec = False
                break
            raise unterminated_fstring(machine, mode)
        if c == quote:
            run = 1
            while run < size and text[i] == quote:
                run += 1
                i += 1
            if run == size:
                end = stop = i - size
                break
            continue
        if c == "{":
            if text[i] != "{" or in_spec:
                end = stop = i - 1
                follow(end)
                # (In 3.12.1 a format spec stays one after a nested field:
                # f"{x:{y}==\n" ends the spec, not the f-string, at the newline.)
                enter_expression(machine, mode, end)
            else:
                end, stop = i, i + 1
            break
        if c == "}":
            if unicode_escape:
                end = stop = i
            elif text[i] == "}" and not in_spec and mode.bracket_depth == 0:
                end, stop = i, i + 1
            else:
                end = stop = i - 1
                mode.in_text = False
            break
        if c == "\\":
            if i >= len(text):
                continue
            c = text[i]
            i += 1
            if c == "\r" and i < len(text):
                c = text[i]
                i += 1
            if c == "{" or c == "}":
                if not mode.raw:
                    follow(i)
                    machine.warn(f"invalid escape sequence '\\{c}'", i)
                i -= 1
            elif c == "N" and not mode.raw and text[i] == "{":
                i += 1
                unicode_escape = True
    follow(stop)
    machine.pos = stop
    line = machine.line_text(first_line_start, machine.line_end)
    yield _make(TokenInfo, (FSTRING_MIDDLE, text[start:end], (first_lineno, start - first_line_start),
                            (machine.lineno, end_column(machine, line, end)), line))


def enter_expression(machine, mode: FStringMode, brace: int) -> None:
    """A replacement field starts at ``brace``: read it in normal mode."""
    mode.expr_start_depth += 1
    if mode.expr_start_depth >= MAX_EXPR_NESTING:
        raise machine.syntax_error("f-string: expressions nested too deeply", brace)
    mode.in_text = False
    machine.pos = brace


def unterminated_fstring(machine, mode: FStringMode) -> Exception:
    detected = machine.lineno
    if mode.quote_size == 3:
        message = f"unterminated triple-quoted f-string literal (detected at line {detected})"
    else:
        message = f"unterminated f-string literal (detected at line {detected})"
    return errors.syntax_error(machine, message, mode.start_lineno, mode.start_line_start,
                               mode.start + 1)
