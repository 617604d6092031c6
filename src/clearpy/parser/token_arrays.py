"""The tokens as the parser reads them: parallel lists indexed by token number.

For token ``i``::

    tok_type[i]        integer type (clearpy.parser.tokens; keywords have their own)
    tok_string[i]      the token's text
    tok_id[i]          for a NAME, the identifier (NFKC-normalised if non-ASCII)
    tok_lineno[i], tok_col[i], tok_end_lineno[i], tok_end_col[i]
                       its span; columns are UTF-8 byte offsets, as in the AST,
                       and -1 for tokens without text (INDENT, DEDENT, ENDMARKER)

and for each position ``pos`` between tokens, ``end_lineno_before[pos]`` and
``end_col_before[pos]``: where the last real token before ``pos`` ends (NEWLINE,
INDENT and DEDENT don't count), which is where a node ending at ``pos`` ends.

Lists of plain ints and an index are the fastest thing Python can offer the
parser: ``tok_type[pos] == 11`` costs two bytecode operations, with no object
per token to look into.

Where the tokens come from: the parser-mode token stream (no COMMENT or NL,
exact operator types) of a tokenizer. Until clearpy's own tokenizer offers that
mode, ``_cpython_token_stream`` reads CPython's C tokenizer in parser mode
through the private ``_tokenize`` module; switching is the one line marked
TOKEN SOURCE below.
"""

import io
import re
import unicodedata

from clearpy.parser import tokens as tok

_NEWLINES = re.compile(r"\r\n?")


class TokenizerFailure:
    """The tokenizer stopped with an error before token ``index``.

    The parser raises the error when it reaches that token, as CPython's lazy
    tokenizer raises it when the parser asks for the token. ``overrides`` says
    whether the error also replaces a syntax error the parser found earlier in
    the file: errors the tokenizer raises itself do; an unexpected EOF or a bad
    dedent, which CPython's parser reports from the tokenizer's state, do not.
    Positions are final (1-based character offsets), except ``bracket``:
    the token index of the innermost bracket left open at the end of the file.
    """

    def __init__(self, index, error_type, message, lineno, offset, end_lineno, end_offset,
                 overrides, bracket=None):
        self.index = index
        self.error_type, self.message = error_type, message
        self.lineno, self.offset, self.end_lineno, self.end_offset = lineno, offset, end_lineno, end_offset
        self.overrides = overrides
        self.bracket = bracket
        self.error = None   # the exception, made by the parser state (it knows the filename)


class RecordingList(list):
    """A token-type list that remembers the furthest index read.

    The error passes read tokens through this, so that "the last token the
    parser looked at" -- where CPython reports generic syntax errors -- is known.
    Reading the token where the tokenizer failed raises the tokenizer's error,
    just as CPython's lazy tokenizer raises it when the parser asks for it.
    """

    def __init__(self, values, failure):
        super().__init__(values)
        self.furthest = -1
        self.failure = failure

    def __getitem__(self, index):
        if index > self.furthest:
            self.furthest = index
            if self.failure is not None and index >= self.failure.index:
                raise self.failure.error
        return list.__getitem__(self, index)


def source_lines(text: str) -> list[str]:
    """The lines of the (newline-normalised) source, each with its '\\n'."""
    return text.splitlines(keepends=True) if "\r" not in text and "\x0b" not in text \
        and "\x0c" not in text and "\x1c" not in text and "\x1d" not in text \
        and "\x1e" not in text and "\x85" not in text and "\u2028" not in text \
        and "\u2029" not in text else _split_on_newline(text)


def _split_on_newline(text: str) -> list[str]:
    lines = text.split("\n")
    result = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result


def normalize_newlines(text: str) -> str:
    """'\\r\\n' and '\\r' become '\\n', as CPython's tokenizer reads them."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


# -- the interim token source: CPython's C tokenizer ---------------------------------

_TYPE_COMMENT_PREFIX = re.compile(r"#[ \t]*type:[ \t]*")
_EOF_MESSAGES = ("unexpected EOF in multi-line statement",)


def _cpython_token_stream(text: str):
    """(raw tokens, error) from CPython's tokenizer in parser mode.

    Raw tokens are (type, string, (line, col), (end_line, end_col)) with
    character columns; error is the exception it stopped with, or None.
    """
    import _tokenize

    raw = []
    error = None
    try:
        for token_type, string, start, end, _line in _tokenize.TokenizerIter(
                io.StringIO(text).readline, extra_tokens=False):
            if token_type == tok.NEWLINE:
                # CPython's parser sees the NEWLINE end one column further than
                # _tokenize reports (after the '\n' itself).
                end = (end[0], end[1] + 1)
            raw.append((token_type, string, start, end))
    except SyntaxError as exc:
        error = exc
    return raw, error


def _type_comments(text: str):
    """Where the '# type:' comments are: [(line, col, text after 'type:', alone_on_line)]."""
    import tokenize

    found = []
    previous = tok.NEWLINE
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                match = _TYPE_COMMENT_PREFIX.match(token.string)
                if match:
                    alone = previous in (tok.NEWLINE, tok.NL, tok.INDENT, tok.DEDENT)
                    found.append((token.start[0], token.start[1], token.string, match.end(), alone))
            if token.type != tokenize.COMMENT:
                previous = token.type
    except (SyntaxError, tokenize.TokenError):
        pass
    return found


def _is_type_ignore(rest: str) -> bool:
    """'ignore' followed by nothing, or by anything ASCII and not alphanumeric."""
    return rest.startswith("ignore") and not (
        len(rest) > 6 and (not rest[6].isascii() or rest[6].isalnum()))


def _with_type_comments(raw, text):
    """Add TYPE_COMMENT tokens and collect '# type: ignore' comments, as CPython's
    tokenizer does when asked for type comments (ast.parse(type_comments=True)).

    A type comment becomes a TYPE_COMMENT token holding the text after
    'type:'; alone on its line (outside brackets) it is followed by a NEWLINE.
    A type: ignore comment becomes a (line, tag) pair for the module's
    type_ignores instead of a token.
    """
    comments = _type_comments(text)
    if not comments:
        return raw, []
    ignores, result = [], []
    level = 0
    pending = list(reversed(comments))
    # The DEDENTs and ENDMARKER at the end of the file come after every comment.
    trailing = len(raw)
    while trailing and raw[trailing - 1][0] in (tok.DEDENT, tok.ENDMARKER):
        trailing -= 1
    for index, token in enumerate(raw):
        token_type, string, start, end = token
        after_comment = None
        if index >= trailing:
            start = (start[0] + 1, 0)
        while pending and (pending[-1][0], pending[-1][1]) <= start:
            line, col, comment, prefix_end, alone = pending.pop()
            rest = comment[prefix_end:]
            comment_end = (line, col + len(comment))
            if _is_type_ignore(rest):
                ignores.append((line, rest[6:] + ("\n" if alone else "")))
            else:
                result.append((tok.TYPE_COMMENT, rest, (line, col + prefix_end), comment_end))
                if alone and level == 0:
                    result.append((tok.NEWLINE, "", comment_end, (line, comment_end[1] + 1)))
            after_comment = comment_end
        if token_type == tok.NEWLINE and after_comment is not None and after_comment[0] == start[0]:
            # This line's NEWLINE now starts after the comment, at the '\n'.
            token = (tok.NEWLINE, "", after_comment, end)
        if token_type in tok.OPENING_BRACKETS:
            level += 1
        elif token_type in tok.CLOSING_BRACKETS:
            level -= 1
        result.append(token)
    return result, ignores


# TOKEN SOURCE: the function that turns source text into (raw tokens, error).
token_stream = _cpython_token_stream


class TokenArrays:
    """The tokens of one source, as parallel lists (see the module docstring)."""

    def __init__(self, text: str, keywords: dict[str, int], type_comments: bool = False):
        self.text = text
        self.lines = source_lines(text)
        raw, error = token_stream(text)
        self.type_ignores = []
        if type_comments:
            raw, self.type_ignores = _with_type_comments(raw, text)
        self._build(raw, keywords)
        self.failure = self._failure(error) if error is not None else None
        if self.failure is not None:
            self.tok_type.append(tok.TOKENIZER_ERROR)
            for column in (self.tok_string, self.tok_id):
                column.append("")
            for column in (self.tok_lineno, self.tok_end_lineno):
                column.append(column[-1] if column else 1)
            for column in (self.tok_col, self.tok_end_col):
                column.append(-1)
        else:
            # Reading past the end gives ENDMARKER again, as in CPython.
            self.tok_type.append(tok.ENDMARKER)
            for column in (self.tok_string, self.tok_id, self.tok_lineno, self.tok_col,
                           self.tok_end_lineno, self.tok_end_col):
                column.append(column[-1])
        self._positions_before()

    # -- building ------------------------------------------------------------
    def _byte_col(self, lineno: int, col: int) -> int:
        if col <= 0 or lineno > len(self.lines):
            return col
        line = self.lines[lineno - 1]
        if line.isascii():
            return col
        return len(line[:col].encode("utf-8"))

    def _build(self, raw, keywords):
        types, strings, ids = [], [], []
        linenos, cols, end_linenos, end_cols = [], [], [], []
        non_ascii = any(not line.isascii() for line in self.lines)
        byte_col = self._byte_col
        name_type = tok.NAME
        for token_type, string, (lineno, col), (end_lineno, end_col) in raw:
            if token_type == name_type:
                token_type = keywords.get(string, name_type)
                ids.append(string if string.isascii() else unicodedata.normalize("NFKC", string))
            else:
                ids.append(string)
            types.append(token_type)
            strings.append(string)
            linenos.append(lineno)
            end_linenos.append(end_lineno)
            if not non_ascii:
                cols.append(col)
                end_cols.append(end_col)
            elif end_lineno > lineno:
                # A token over several lines ends where its last line's text ends.
                cols.append(byte_col(lineno, col))
                end_cols.append(len(string[string.rfind("\n") + 1:].encode("utf-8")))
            else:
                cols.append(byte_col(lineno, col))
                end_cols.append(byte_col(end_lineno, end_col))
        self.tok_type, self.tok_string, self.tok_id = types, strings, ids
        self.tok_lineno, self.tok_col = linenos, cols
        self.tok_end_lineno, self.tok_end_col = end_linenos, end_cols

    def _positions_before(self):
        """end_*_before[pos]: the end of the last non-whitespace token before pos."""
        whitespace = tok.WHITESPACE_TYPES
        end_linenos, end_cols = [1], [0]
        last = 0
        types, token_end_linenos, token_end_cols = self.tok_type, self.tok_end_lineno, self.tok_end_col
        for index, token_type in enumerate(types):
            if token_type not in whitespace:
                last = index
            end_linenos.append(token_end_linenos[last])
            end_cols.append(token_end_cols[last])
        if types:
            end_linenos[0], end_cols[0] = token_end_linenos[0], token_end_cols[0]
        self.end_lineno_before, self.end_col_before = end_linenos, end_cols

    def _failure(self, error) -> TokenizerFailure:
        """What the parser does when it reaches the token the tokenizer could not make."""
        index = len(self.tok_type)
        error_type, message = type(error), error.msg
        lineno, offset = error.lineno, error.offset
        end_lineno, end_offset = error.end_lineno, error.end_offset
        if message in _EOF_MESSAGES:
            return self._eof_failure(index, error)
        overrides = error_type is SyntaxError
        if message == "unexpected character after line continuation character":
            # Reported by the parser from the tokenizer's state (E_LINECONT).
            overrides = False
            offset, end_lineno, end_offset = offset - 1, lineno, 0
        elif error_type is not SyntaxError:
            # IndentationError and TabError: the parser gives the end as unknown.
            end_lineno, end_offset = lineno, -1
        return TokenizerFailure(index, error_type, message, lineno, offset, end_lineno,
                                end_offset, overrides)

    def _eof_failure(self, index, error) -> TokenizerFailure:
        """EOF inside brackets: "'(' was never closed" at the innermost open bracket."""
        stack = []
        for i, token_type in enumerate(self.tok_type):
            if token_type in tok.OPENING_BRACKETS:
                stack.append(i)
            elif token_type in tok.CLOSING_BRACKETS and stack:
                stack.pop()
        if not stack:
            return TokenizerFailure(index, SyntaxError, "unexpected EOF while parsing",
                                    error.lineno, 0, error.lineno, -1, overrides=False)
        opener = stack[-1]
        return TokenizerFailure(index, SyntaxError, f"'{self.tok_string[opener]}' was never closed",
                                self.tok_lineno[opener], None, self.tok_lineno[opener], 0,
                                overrides=False, bracket=opener)
