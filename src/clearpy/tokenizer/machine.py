"""The tokenizer: one explicit state machine, reading source text into tokens.

This is a Python rendering of CPython 3.12's C tokenizer (Parser/tokenizer.c).
It works on the whole source text at once and keeps the C reader's state in
plain attributes:

* where it is: ``pos`` (an index into ``text``), ``lineno``, ``line_start``
  and ``line_end`` (the current physical line), ``buffer_start`` (where the C
  reader's buffer would begin, which some error positions depend on);
* the *indentation stack* ``indents`` (and ``altindents``, the same columns
  counted with tabs as one space, to catch inconsistent tabs and spaces);
* the *bracket stack* ``parens``: inside brackets, newlines do not end
  statements and indentation does not count;
* the *f-string mode stack* ``fmodes``. An f-string such as
  ``f"a{x!r:>{width}}b"`` alternates between its text (``FSTRING_MIDDLE``
  tokens) and ordinary tokens for the expressions in braces; the top
  ``FStringMode`` says which of the two is being read.

The main loop (``__iter__``) reads a line's indentation when a new line
starts, then one token at a time: a compiled regular expression
(``patterns.NORMAL_TOKEN``) finds the next token and tells its kind, and the
loop turns it into a ``TokenInfo``. Rare and tricky cases (errors, backslash
continuations, a stray carriage return) are handled by the methods below, and
string literals, f-strings and odd numbers by ``strings.py``, ``fstrings.py``
and ``numbers.py``; all of them follow the C code step by step.

The machine has two modes, like the C tokenizer:

* ``extra_tokens=True``: the ``tokenize`` module's view (COMMENT and NL
  tokens, lenient about numbers running into names, errors reported as
  ``tokenize`` reports them);
* ``extra_tokens=False``: the parser's view, with the checks only the parser
  makes (``1abc`` and ``0777`` are errors, identifiers must be valid, brackets
  must match) and errors reported as ``compile()`` reports them. The tokens
  are still produced in the ``tokenize`` form; ``for_parser.py`` adapts them.
"""

import warnings

from clearpy.tokenizer import errors
from clearpy.tokenizer.fstrings import FStringMode, fstring_text_tokens, start_fstring
from clearpy.tokenizer.numbers import read_number
from clearpy.tokenizer.patterns import (
    CLOSE, COMMENT as COMMENT_KIND, INDENTATION, NAME as NAME_KIND, NEWLINE as NEWLINE_KIND,
    NORMAL_TOKEN, NUMBER_CONTINUES, NUMBER_TOKEN, ONE_LINE_STRING_BODY, OPEN, OPERATOR_AT,
    OPERATOR_TOKEN, PREFIX, QUOTE, SPACES)
from clearpy.tokenizer.source import SourceText
from clearpy.tokenizer.strings import read_string
from clearpy.tokenizer.tokens import (
    COMMENT, DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NL, NUMBER, OP, STRING, TokenInfo)

TAB_SIZE = 8             # a tab moves to the next multiple of 8 columns
MAX_INDENT = 100         # indentation levels (MAXINDENT)
MAX_LEVEL = 200          # nested brackets (MAXLEVEL)

_MATCHING = {")": "(", "]": "[", "}": "{"}
_make = tuple.__new__  # TokenInfo(...) without the keyword-argument overhead (speed)


class Tokenizer:
    """The state machine. Iterate over it to get the tokens."""

    def __init__(self, source: SourceText, *, extra_tokens: bool = True,
                 filename: str = "<string>"):
        self.text = source.text
        self.implicit_newline = source.implicit_newline
        self.failure = source.failure
        self.extra_tokens = extra_tokens
        self.filename = filename
        self.encoding_declared = source.encoding_declared
        self.ends_without_newline = source.ends_without_newline
        # Where the reader is.
        self.pos = 0
        self.lineno = 0
        self.line_start = 0
        self.line_end = 0
        self.line = ""
        self.buffer_start = 0
        # What it remembers.
        self.atbol = True          # at the beginning of a line
        self.blankline = False     # the line is blank or only a comment
        self.indents = [0]
        self.altindents = [0]
        self.parens: list[tuple[str, int, int, int]] = []  # (bracket, lineno, pos, line_start)
        self.fmodes: list[FStringMode] = []
        self.finished = False

    # ------------------------------------------------------------------
    # The main loop
    # ------------------------------------------------------------------

    def __iter__(self):
        # Speed: this loop runs once per token, so everything it touches is a
        # local variable, and the commonest cases (a line indented like the
        # previous one, brackets outside f-strings, one-line strings) are
        # handled here instead of in the methods below that handle them in full.
        # The locals pos, lineno, ls (line start), line mirror self.pos ... and
        # are written back before any method is called.
        text = self.text
        end_of_text = len(text)
        match = NORMAL_TOKEN.match
        spaces = SPACES.match
        spaces_and_tabs = INDENTATION.match
        one_line_string = ONE_LINE_STRING_BODY
        parens = self.parens
        fmodes = self.fmodes
        indents, altindents = self.indents, self.altindents
        extra = self.extra_tokens
        implicit_newline = self.implicit_newline
        check_names = not extra and not text.isascii()
        token_info = TokenInfo
        while True:
            if self.atbol:
                yield from self._begin_line()
                if self.finished:
                    return
            pos, lineno, ls, line = self.pos, self.lineno, self.line_start, self.line
            blank = self.blankline
            comment_newline = False
            while True:
                if fmodes and fmodes[-1].in_text:
                    self.pos = pos
                    yield from fstring_text_tokens(self)
                    pos, lineno, ls, line = self.pos, self.lineno, self.line_start, self.line
                    continue
                m = match(text, pos)
                kind = m.lastindex
                start, pos = m.span(kind)
                if kind == NAME_KIND:
                    if check_names and not text[start:pos].isascii():
                        self.pos = pos
                        self._verify_identifier(start, pos)
                    yield _make(token_info, (NAME, text[start:pos], (lineno, start - ls),
                                             (lineno, pos - ls), line))
                elif kind == OPERATOR_TOKEN:
                    if fmodes:
                        self.pos = start
                        yield self._operator(start, start)
                        pos = self.pos
                    else:
                        yield _make(token_info, (OP, text[start:pos], (lineno, start - ls),
                                                 (lineno, pos - ls), line))
                elif kind == NEWLINE_KIND:
                    if pos == end_of_text and self.ends_without_newline:
                        self.pos = start
                        yield from self._end_of_input_mid_line()
                        return
                    if blank or parens or comment_newline:
                        kind = NL
                        string = text[start:pos]
                    else:
                        kind = NEWLINE
                        string = text[start:pos]
                    if implicit_newline and pos == end_of_text:
                        string = "" if kind == NL else string[:-1]
                    yield _make(token_info, (kind, string, (lineno, start - ls), (lineno, pos - ls), line))
                    # The next line. The common case (indented with spaces
                    # like the line before, or blank) is read here; the rest
                    # by _begin_line.
                    if pos == end_of_text or fmodes:
                        self.pos = pos
                        self.atbol = True
                        break
                    blanks_end = spaces(text, pos).end()
                    c = text[blanks_end]
                    col = blanks_end - pos
                    dedents = 0
                    if c == "#" or (c == "\n" and not self._ends_input(blanks_end)):
                        blank = True
                    elif c in "\t\f\\\r":
                        self.pos = pos
                        self.atbol = True
                        break
                    else:
                        blank = False
                        if not parens and col != indents[-1]:
                            if col > indents[-1] and col > altindents[-1] and len(indents) < MAX_INDENT:
                                dedents = -1  # one INDENT
                            else:
                                level = len(indents) - 1
                                while level > 0 and col < indents[level]:
                                    level -= 1
                                if col != indents[level] or col != altindents[level]:
                                    self.pos = pos  # an error: let _begin_line report it
                                    self.atbol = True
                                    break
                                dedents = len(indents) - 1 - level
                        elif not parens and col != altindents[-1]:
                            self.pos = pos
                            self.atbol = True
                            break
                    comment_newline = False
                    lineno += 1
                    ls = self.line_start = self.buffer_start = pos
                    line_end = self.line_end = text.find("\n", pos) + 1
                    line = text[pos:line_end]
                    if implicit_newline and line_end == end_of_text:
                        line = line[:-1]
                    self.lineno, self.line = lineno, line
                    pos = blanks_end
                    if dedents:
                        if dedents < 0:
                            indents.append(col)
                            altindents.append(col)
                            yield _make(token_info, (INDENT, text[ls:pos], (lineno, 0), (lineno, col), line))
                        else:
                            del indents[-dedents:], altindents[-dedents:]
                            token = _make(token_info, (DEDENT, "", (lineno, col), (lineno, col), line))
                            for _ in range(dedents):
                                yield token
                elif kind == OPEN:
                    if fmodes or len(parens) >= MAX_LEVEL:
                        self.pos = start
                        yield self._operator(start, start)
                        pos = self.pos
                    else:
                        parens.append((text[start], lineno, start, ls))
                        yield _make(token_info, (OP, text[start], (lineno, start - ls),
                                                 (lineno, pos - ls), line))
                elif kind == CLOSE:
                    if fmodes or not extra:
                        self.pos = start
                        yield self._operator(start, start)
                        pos = self.pos
                    else:
                        if parens:
                            parens.pop()
                        yield _make(token_info, (OP, text[start], (lineno, start - ls),
                                                 (lineno, pos - ls), line))
                elif kind == NUMBER_TOKEN:
                    if text[pos] in NUMBER_CONTINUES or (not extra and text[start] == "0"):
                        self.pos = start
                        pos = read_number(self, start, start)
                    yield _make(token_info, (NUMBER, text[start:pos], (lineno, start - ls),
                                             (lineno, pos - ls), line))
                elif kind == QUOTE or kind == PREFIX:
                    if kind == QUOTE:
                        quote_pos = start
                    elif "f" in text[start:pos] or "F" in text[start:pos]:
                        self.pos = start
                        yield start_fstring(self, start, pos)
                        pos = self.pos
                        continue
                    else:
                        quote_pos = pos
                    quote = text[quote_pos]
                    if text[quote_pos + 1] != quote or text[quote_pos + 2] != quote:
                        body = one_line_string[quote].match(text, quote_pos + 1)
                        if body is not None:
                            pos = body.end()
                            yield _make(token_info, (STRING, text[start:pos], (lineno, start - ls),
                                                     (lineno, pos - ls), line))
                            continue
                    self.pos = start
                    yield read_string(self, start, quote_pos)
                    pos, lineno, ls, line = self.pos, self.lineno, self.line_start, self.line
                elif kind == COMMENT_KIND:
                    yield _make(token_info, (COMMENT, text[start:pos], (lineno, start - ls),
                                             (lineno, pos - ls), line))
                    comment_newline = blank
                    blank = False
                else:
                    self.pos = start
                    token = self._other(start)
                    pos, lineno, ls, line = self.pos, self.lineno, self.line_start, self.line
                    if token is not None:
                        yield token
                        blank = False
                    elif blank:
                        # A blank line's "\r\\" continuation: the line stays
                        # blank only for a newline or comment that comes next
                        # (or another continuation, after which we look again).
                        blank = text[spaces_and_tabs(text, pos).end()] in "#\r\n\\"

    # ------------------------------------------------------------------
    # Lines
    # ------------------------------------------------------------------

    def _read_line(self, pos: int, between_tokens: bool) -> None:
        """Make the physical line starting at ``pos`` the current line.

        ``between_tokens`` says that no token is being read (C: ``tok->start``
        is NULL). Only then does the C reader start a fresh buffer, and, in
        the ``tokenize`` mode, only outside f-strings. Error positions depend on it.
        """
        text = self.text
        self.lineno += 1
        self.line_start = pos
        end = text.find("\n", pos) + 1
        self.line_end = end
        self.line = self.line_text(pos, end)
        if between_tokens and not (self.fmodes and self.extra_tokens):
            self.buffer_start = pos

    def line_text(self, start: int, end: int) -> str:
        """``text[start:end]`` as the ``line`` of a token: without the newline
        the reader added to a last line that had none."""
        if self.implicit_newline and end == len(self.text):
            return self.text[start:end - 1]
        return self.text[start:end]

    def pass_lines(self, start: int, end: int) -> None:
        """A token went from ``start`` to ``end`` across line ends: follow it."""
        text = self.text
        count = text.count("\n", start, end)
        if count:
            self.lineno += count - 1
            self._read_line(text.rfind("\n", start, end) + 1, between_tokens=False)

    def reach_end(self, between_tokens: bool) -> None:
        """The reader needs more text and there is none: the end of input.

        If a line could not be read, this is where CPython fails: with the
        decoding error as it is, or with a syntax error for a NUL character.
        """
        failure = self.failure
        if failure is not None:
            if failure.exception is not None:
                raise failure.exception
            self.lineno = failure.lineno
            self.line_start = self.pos = self.line_end = len(self.text)
            raise errors.syntax_error(self, "source code cannot contain null bytes",
                                      failure.lineno, self.line_start, self.pos)
        self.pos = len(self.text)
        if between_tokens and self.extra_tokens and not self.fmodes:
            # The readline reader empties its buffer before asking for a line.
            self.buffer_start = self.line_end = len(self.text)

    def source_line(self, lineno: int) -> str:
        """Line ``lineno`` of the source, without its newline (for error messages)."""
        start = 0
        for _ in range(lineno - 1):
            start = self.text.find("\n", start) + 1
            if start == 0:
                return ""
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]

    # ------------------------------------------------------------------
    # The beginning of a line: indentation, INDENT and DEDENT
    # ------------------------------------------------------------------

    def _begin_line(self):
        """Read the indentation of a new line (or notice the end of input)."""
        self.atbol = False
        text = self.text
        pos = self.pos
        if pos >= len(text):
            yield from self._end_of_input()
            return
        self._read_line(pos, between_tokens=True)
        end = INDENTATION.match(text, pos).end()
        c = text[end]
        if c == "\\":
            col, altcol, end = self._indentation_with_continuation(pos)
            c = text[end]
        elif "\t" in text[pos:end] or "\f" in text[pos:end]:
            col, altcol = indentation_columns(text[pos:end])
        else:
            col = altcol = end - pos
        self.pos = end
        self.blankline = blank = c in "#\r\n" and not self._ends_input(end)
        if blank or self.parens:
            return
        indents, altindents = self.indents, self.altindents
        lineno, ls = self.lineno, self.line_start
        if col == indents[-1]:
            if altcol != altindents[-1]:
                raise self._state_error(errors.TABSPACE)
        elif col > indents[-1]:
            if len(indents) >= MAX_INDENT:
                raise self._state_error(errors.TOODEEP)
            if altcol <= altindents[-1]:
                raise self._state_error(errors.TABSPACE)
            indents.append(col)
            altindents.append(altcol)
            # The token's text runs from the start of the C reader's buffer,
            # which is this line unless an f-string kept earlier lines in it.
            buffer_start = self.buffer_start
            column = buffer_start - ls if buffer_start >= ls else -1
            yield _make(TokenInfo, (INDENT, text[buffer_start:end], (lineno, column),
                                    (lineno, end - ls), self.line))
        else:
            dedents = 0
            while len(indents) > 1 and col < indents[-1]:
                indents.pop()
                altindents.pop()
                dedents += 1
            if col != indents[-1]:
                raise self._state_error(errors.DEDENT)
            if altcol != altindents[-1]:
                raise self._state_error(errors.TABSPACE)
            token = _make(TokenInfo, (DEDENT, "", (lineno, end - ls), (lineno, end - ls), self.line))
            for _ in range(dedents):
                yield token

    def _ends_input(self, pos: int) -> bool:
        """Is ``pos`` the end of a source that ends without a newline ('eval' and
        'single' modes)? There a last line of blanks is not a blank line: it
        ends at the end of input, not at a newline, and its indentation counts
        (``compile('   ', '', 'single')`` is an "unexpected indent")."""
        return self.ends_without_newline and pos == len(self.text) - 1

    def _indentation_with_continuation(self, pos: int) -> tuple[int, int, int]:
        """Indentation with a backslash in it: the first backslash decides the column.

        Returns (col, altcol, position after the indentation), having read
        the continued lines.
        """
        text = self.text
        col = altcol = cont_line_col = 0
        while True:
            c = text[pos]
            if c == " ":
                col += 1
                altcol += 1
            elif c == "\t":
                col = (col // TAB_SIZE + 1) * TAB_SIZE
                altcol += 1
            elif c == "\f":
                col = altcol = 0
            elif c == "\\":
                cont_line_col = cont_line_col or col
                self._continue_line(pos, between_tokens=True)
                pos = self.pos
                continue
            else:
                break
            pos += 1
        if cont_line_col:
            col = altcol = cont_line_col
        return col, altcol, pos

    def _end_of_input(self):
        """End of input at the start of a line: close the blocks, then ENDMARKER."""
        failure = self.failure
        if (failure is not None and failure.null_bytes and not self.parens
                and len(self.indents) > 1):
            # CPython's C tokenizer produces a DEDENT while its error is set,
            # and the interpreter reports that inconsistency.
            raise SystemError("<built-in method __new__ of type object> "
                              "returned a result with an exception set")
        self.reach_end(between_tokens=True)
        if self.parens:
            raise self._state_error(errors.EOF)
        where = (self.lineno + 1, 0)
        for _ in range(len(self.indents) - 1):
            yield _make(TokenInfo, (DEDENT, "", where, where, ""))
        del self.indents[1:], self.altindents[1:]
        yield _make(TokenInfo, (ENDMARKER, "", where, where, ""))
        self.finished = True

    def _end_of_input_mid_line(self):
        """Parser mode, 'eval' and 'single' sources without a final newline:
        the input ends on the last line. No NEWLINE and no DEDENTs, just
        ENDMARKER, unless a bracket is still open."""
        if self.parens:
            self.pos = len(self.text)
            raise self._state_error(errors.EOF)
        self.finished = True
        yield _make(TokenInfo, (ENDMARKER, "", (self.lineno, 0), (self.lineno, 0), self.line))

    def _state_error(self, kind: str) -> Exception:
        if kind in (errors.DEDENT, errors.TABSPACE, errors.TOODEEP):
            self.pos = self.line_end  # the C reader gives up on the whole line
        return errors.state_error(self, kind)

    # ------------------------------------------------------------------
    # Backslash continuation
    # ------------------------------------------------------------------

    def _continue_line(self, backslash: int, between_tokens: bool = False) -> None:
        """A backslash at ``backslash`` joins this line with the next one."""
        text = self.text
        i = backslash + 1
        c = text[i]
        i += 1
        if c == "\r":
            c = text[i]
            i += 1
        if c != "\n" or (i == len(text) and self.ends_without_newline):
            self.pos = i if c != "\n" else i - 1  # (at the end of input: nothing read)
            raise errors.state_error(self, errors.LINECONT)
        if i >= len(text):
            self.pos = i
            self.reach_end(between_tokens)
            raise errors.state_error(self, errors.EOF)
        self._read_line(i, between_tokens)
        self.pos = i

    # ------------------------------------------------------------------
    # Tokens on the current line (slow paths)
    # ------------------------------------------------------------------

    def token(self, kind: int, start: int, end: int) -> TokenInfo:
        """A token from ``start`` to ``end`` on the current line."""
        ls, lineno = self.line_start, self.lineno
        self.pos = end
        return _make(TokenInfo, (kind, self.text[start:end], (lineno, start - ls),
                                 (lineno, end - ls), self.line))

    def syntax_error(self, message: str, cursor: int) -> Exception:
        return errors.syntax_error(self, message, self.lineno, self.line_start, cursor)

    def warn(self, message: str, cursor: int) -> None:
        """A SyntaxWarning from the tokenizer; an error if warnings are errors."""
        try:
            warnings.warn_explicit(message, SyntaxWarning, self.filename, self.lineno)
        except SyntaxWarning:
            raise self.syntax_error(message, cursor) from None

    def _verify_identifier(self, start: int, end: int) -> None:
        """Parser mode: a name with non-ASCII characters must be a valid identifier."""
        name = self.text[start:end]
        if name.isidentifier():
            return
        if not name.isprintable() and any("\udc80" <= char <= "\udcff" for char in name):
            raise self._undecodable_name(name, end)
        invalid = 0
        if name[0].isidentifier():
            invalid = next(i for i in range(1, len(name)) if not ("_" + name[i]).isidentifier())
        char = name[invalid]
        if char.isprintable():
            message = f"invalid character '{char}' (U+{ord(char):04X})"
        else:
            message = f"invalid non-printable character U+{ord(char):04X}"
        raise self.syntax_error(message, start + invalid + 1)

    def _undecodable_name(self, name: str, end: int) -> Exception:
        """Parser mode: a name made of bytes that are not UTF-8 (kept as surrogates).

        CPython fails to decode the name and pegen reports the decoding
        error at the end of the name.
        """
        try:
            name.encode("utf-8", "surrogateescape").decode("utf-8")
        except UnicodeDecodeError as error:
            detail = str(error)
        line = errors.displayed(self.text[self.line_start:self.line_end])
        column = errors.pegen_column(
            self, line, len(self.text[self.line_start:end].encode("utf-8", "surrogateescape")))
        error = SyntaxError(f"(unicode error) {detail}",
                            (self.filename, self.lineno, column, line, self.lineno, -1))
        return errors.for_the_parser(self, error, errors.DECODE)

    def _operator(self, token_start: int, op_start: int) -> TokenInfo:
        """An operator or bracket starting at ``op_start`` (C: the punctuation code).

        Brackets open and close nesting levels; inside an f-string's
        replacement field a ``:`` at the field's own level starts the format
        spec, and the ``}`` that closes the field returns to the f-string's text.
        """
        text = self.text
        c = text[op_start]
        mode = self.fmodes[-1] if self.fmodes else None
        if mode is not None and c == ":" and mode.bracket_depth - 1 == mode.expr_start_depth:
            mode.in_text = True
            mode.in_format_spec = True
            return self.token(OP, token_start, op_start + 1)
        if c in "([{":
            end = op_start + 1
            if len(self.parens) >= MAX_LEVEL:
                raise self.syntax_error("too many nested parentheses", end)
            self.parens.append((c, self.lineno, token_start, self.line_start))
            if mode is not None:
                mode.bracket_depth += 1
        elif c in ")]}":
            end = op_start + 1
            self._close_bracket(c, mode, end)
        else:
            end = OPERATOR_AT.match(text, op_start).end()
        return self.token(OP, token_start, end)

    def _close_bracket(self, c: str, mode: FStringMode | None, cursor: int) -> None:
        parens = self.parens
        if mode is not None and c == "}" and mode.bracket_depth == 0:
            raise self.syntax_error("f-string: single '}' is not allowed", cursor)
        if not self.extra_tokens and not parens:
            raise self.syntax_error(f"unmatched '{c}'", cursor)
        if parens:
            opening, opening_lineno, _, _ = parens.pop()
            if not self.extra_tokens and opening != _MATCHING[c]:
                if (mode is not None and opening == "{"
                        and mode.bracket_depth - 1 == mode.expr_start_depth):
                    raise self.syntax_error(f"f-string: unmatched '{c}'", cursor)
                message = f"closing parenthesis '{c}' does not match opening parenthesis '{opening}'"
                if opening_lineno != self.lineno:
                    message += f" on line {opening_lineno}"
                raise self.syntax_error(message, cursor)
        if mode is not None:
            # CPython 3.12.1 lets the depth go below zero here (f"{))}").
            mode.bracket_depth -= 1
            if c == "}" and mode.bracket_depth == mode.expr_start_depth:
                # Back to the f-string's text. In 3.12.1 a format spec stays a
                # format spec after a nested field closes (f"{x:{y}>10}").
                mode.expr_start_depth -= 1
                mode.in_text = True

    def _other(self, start: int) -> TokenInfo | None:
        """A character no fast pattern handles: backslash, carriage return, '$', '?', '`', controls."""
        text = self.text
        c = text[start]
        if c == "\\":
            self._continue_line(start)
            return None
        if c == "\r":
            return self._carriage_return(start)
        if c in "$?`":
            return self.token(OP, start, start + 1)
        raise self.syntax_error(f"invalid non-printable character U+{ord(c):04X}", start + 1)

    def _carriage_return(self, start: int) -> TokenInfo | None:
        """A ``\\r`` not followed by ``\\n``, which only the ``tokenize`` mode can meet.

        The C reader skips the ``\\r`` and reads the next character as the
        start of a token, a token that still begins at the ``\\r``. So
        ``a\\rb`` gives NAME ``a`` and OP ``'\\rb'``.
        """
        text = self.text
        c = text[start + 1]
        if c == "\\":
            self._continue_line(start + 1)
            return None
        if "0" <= c <= "9" or (c == "." and "0" <= text[start + 2] <= "9"):
            return self.token(NUMBER, start, read_number(self, start, start + 1))
        if c == ".":
            end = start + 4 if text.startswith("..", start + 2) else start + 2
            return self.token(OP, start, end)
        if c in "'\"":
            return read_string(self, start, start + 1)
        if c >= "\x80":
            # The token would end in the middle of a UTF-8 sequence.
            (b"\r" + c.encode("utf-8", "surrogatepass")[:1]).decode("utf-8")
        if not c.isprintable():
            raise self.syntax_error(f"invalid non-printable character U+{ord(c):04X}", start + 2)
        if c in "()[]{}" or OPERATOR_AT.match(text, start + 1):
            return self._operator(start, start + 1)
        return self.token(OP, start, start + 2)

def indentation_columns(blanks: str) -> tuple[int, int]:
    """The column an indentation reaches: tabs to the next multiple of 8, a form
    feed back to 0. The second figure counts a tab as one column."""
    col = altcol = 0
    for c in blanks:
        if c == " ":
            col += 1
            altcol += 1
        elif c == "\t":
            col = (col // TAB_SIZE + 1) * TAB_SIZE
            altcol += 1
        else:  # form feed
            col = altcol = 0
    return col, altcol
