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

Where the tokens come from: a tokenizer in "parser mode" -- no COMMENT or NL
tokens, exact operator types, errors raised as the parser reports them.
That is clearpy's own tokenizer (``clearpy.tokenizer.tokenize_for_parser``);
CPython's C tokenizer in the same mode can be swapped in
(``api.parse_source(..., tokenizer="cpython")``), to tell a tokenizer problem
from a parser problem.
"""

import io
import re
import unicodedata
from operator import itemgetter

from clearpy.parser import tokens as tok

# -- the two token sources --------------------------------------------------------
#
# Each gives (tokens, error): tokens as (type, string, (line, col), (end_line,
# end_col)) with UTF-8 byte columns and pegen's conventions (a NEWLINE covers
# its '\n', or starts at the comment before it; a text part of an f-string that
# ends with a doubled brace ends after the second brace), and the exception
# the tokenizer stopped with (as compile() raises it), or None.


def clearpy_token_stream(source, text: str, filename: str, mode: str = "exec"):
    """clearpy's tokenizer in parser mode."""
    from clearpy.tokenizer import tokenize_for_parser

    tokens = []
    error = None
    try:
        tokens.extend(tokenize_for_parser(source, filename, mode))
    except SyntaxError as exc:
        error = exc
    return tokens, error


def cpython_token_stream(source, text: str, filename: str, mode: str = "exec"):
    """CPython's C tokenizer in parser mode, through the private ``_tokenize``
    module, brought to the same conventions (byte columns, final errors)."""
    import _tokenize

    lines = source_lines(text)
    tokens = []
    error = None
    try:
        for token_type, string, start, end, _line in _tokenize.TokenizerIter(
                io.StringIO(text).readline, extra_tokens=False):
            if token_type == tok.NEWLINE:
                end = (end[0], end[1] + 1)   # _tokenize reports it one column short
            start = (start[0], _byte_col(lines, start[0], start[1]))
            if end[0] > start[0]:
                end = (end[0], len(string[string.rfind("\n") + 1:].encode("utf-8")))
            else:
                end = (end[0], _byte_col(lines, end[0], end[1]))
            if token_type == tok.FSTRING_MIDDLE and string[-1:] in ("{", "}"):
                line = lines[end[0] - 1].encode("utf-8")
                if line[end[1]:end[1] + 1] == string[-1].encode():
                    end = (end[0], end[1] + 1)   # a doubled brace: after the second
            tokens.append((token_type, string, start, end))
    except SyntaxError as exc:
        error = _compile_error_from_cpython_tokenizer(exc, tokens, lines, filename)
    return tokens, error


def _byte_col(lines, lineno: int, col: int) -> int:
    if col <= 0 or lineno > len(lines):
        return col
    line = lines[lineno - 1]
    if line.isascii():
        return col
    return len(line[:col].encode("utf-8")) + max(0, col - len(line))


def _compile_error_from_cpython_tokenizer(error, tokens, lines, filename):
    """The error as compile() reports it, from the one _tokenize raises."""
    error_type, message = type(error), error.msg
    lineno, offset = error.lineno, error.offset
    end_lineno, end_offset = error.end_lineno, error.end_offset
    if message == "unexpected EOF in multi-line statement":
        stack = []
        for token in tokens:
            if token[0] in tok.OPENING_BRACKETS:
                stack.append(token)
            elif token[0] in tok.CLOSING_BRACKETS and stack:
                stack.pop()
        if stack:
            opener = stack[-1]
            line = lines[opener[2][0] - 1].encode("utf-8")
            offset = len(line[:opener[2][1] + 1].decode("utf-8", "replace"))
            message = f"'{opener[1]}' was never closed"
            lineno, end_lineno, end_offset = opener[2][0], opener[2][0], 0
        else:   # a backslash at the very end
            lineno = end_lineno = len(lines)
            offset, end_offset = len(lines[-1]) if lines else 0, -1
            message = "unexpected EOF while parsing"
    elif message == "unexpected character after line continuation character":
        line = lines[lineno - 1] if lineno <= len(lines) else ""
        after = max((t[3][1] for t in tokens if t[3][0] == lineno), default=0)
        backslash = line.encode("utf-8").find(b"\\", after)
        offset = len(line.encode("utf-8")[:backslash].decode("utf-8", "replace")) + 2
        end_lineno, end_offset = lineno, 0
    elif error_type is TabError or message == "too many levels of indentation":
        offset, end_lineno, end_offset = 1, lineno, 0
    elif error_type is IndentationError:
        end_lineno, end_offset = lineno, -1
    text = lines[lineno - 1] if 0 < lineno <= len(lines) else None
    return error_type(message, (filename, lineno, offset, text, end_lineno, end_offset))


# TOKEN SOURCES: the default, and the one parse_source(..., tokenizer="cpython") swaps in.
TOKEN_STREAMS = {"clearpy": clearpy_token_stream, "cpython": cpython_token_stream}


# -- how the tokenizer's error is reported ------------------------------------------

# Errors CPython's parser reports from the tokenizer's state when it reaches
# them, rather than errors the tokenizer raises itself: they do not replace a
# syntax error found earlier in the file.
_REPORTED_BY_THE_PARSER = (
    "unexpected character after line continuation character",
    "unexpected EOF while parsing",
)


class TokenizerFailure:
    """The tokenizer stopped with ``error`` before token ``index``.

    The parser raises the error when it reaches that token, as CPython's lazy
    tokenizer raises it when the parser asks for the token. ``overrides`` says
    whether the error also replaces a syntax error the parser found earlier
    in the file: errors the tokenizer raises itself do, except inside an
    f-string; an unexpected EOF or a bad dedent, which CPython's parser
    reports from the tokenizer's state, do not. ``unclosed_bracket`` is the
    "'(' was never closed" error, when a bracket is open: that one wins only
    over an error on a later line.
    """

    def __init__(self, index: int, error: SyntaxError, in_fstring: bool):
        self.index = index
        # Kept without its traceback: the tokenizer's frames in it hold these
        # token arrays, which hold this failure (a reference cycle otherwise).
        self.error = error.with_traceback(None)
        message = error.msg
        if message.endswith("was never closed"):
            self.unclosed_bracket = error
        elif getattr(error, "tokenizer_state", None) is not None:
            # A state CPython's tokenizer stops in without raising (an end of
            # input after a backslash, say): looking through the rest of the
            # source after a parser error, CPython reports a bracket still open.
            self.unclosed_bracket = getattr(error, "unclosed_bracket", None)
        else:
            self.unclosed_bracket = None
        self.overrides = (type(error) is SyntaxError and not in_fstring
                          and message not in _REPORTED_BY_THE_PARSER
                          and self.unclosed_bracket is None)


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
    lines = text.split("\n")
    result = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result


# -- type comments -------------------------------------------------------------------

_TYPE_COMMENT_PREFIX = re.compile(r"#[ \t]*type:[ \t]*")


def _type_comments(text: str, lines: list[str]):
    """The '# type:' comments: [(line, byte col, comment, prefix length, alone on its line)]."""
    from clearpy.tokenizer import tokenize

    found = []
    previous = tok.NEWLINE
    try:
        for token in tokenize(text):
            if token.type == tok.COMMENT:
                match = _TYPE_COMMENT_PREFIX.match(token.string)
                if match:
                    alone = previous in (tok.NEWLINE, tok.NL, tok.INDENT, tok.DEDENT)
                    col = _byte_col(lines, token.start[0], token.start[1])
                    found.append((token.start[0], col, token.string, match.end(), alone))
            else:
                previous = token.type
    except (SyntaxError, UnicodeError):
        pass   # the comments up to the error are all the parser will reach
    return found


def _is_type_ignore(rest: str) -> bool:
    """'ignore' followed by nothing, or by anything ASCII and not alphanumeric."""
    return rest.startswith("ignore") and not (
        len(rest) > 6 and (not rest[6].isascii() or rest[6].isalnum()))


def _with_type_comments(raw, text, lines):
    """Add TYPE_COMMENT tokens and collect '# type: ignore' comments, as CPython's
    tokenizer does when asked for type comments (ast.parse(type_comments=True)).

    A type comment becomes a TYPE_COMMENT token holding the text after
    'type:'; alone on its line (outside brackets) it is followed by a NEWLINE.
    A type: ignore comment becomes a (line, tag) pair for the module's
    type_ignores instead of a token.
    """
    comments = _type_comments(text, lines)
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
        token_type, string, start, end = token[:4]
        after_comment = None
        if index >= trailing:
            start = (start[0] + 1, 0)
        while pending and (pending[-1][0], pending[-1][1]) <= start:
            line, col, comment, prefix_end, alone = pending.pop()
            rest = comment[prefix_end:]
            comment_end = (line, col + len(comment.encode("utf-8")))
            if _is_type_ignore(rest):
                ignores.append((line, rest[6:] + ("\n" if alone else "")))
            else:
                prefix_bytes = len(comment[:prefix_end].encode("utf-8"))
                result.append((tok.TYPE_COMMENT, rest, (line, col + prefix_bytes), comment_end))
                if alone and level == 0:
                    result.append((tok.NEWLINE, "", comment_end, (line, comment_end[1] + 1)))
            after_comment = comment_end
        if token_type == tok.NEWLINE and after_comment is not None and after_comment[0] == start[0]:
            # This line's NEWLINE now starts after the comment, at the '\n'.
            token = (tok.NEWLINE, "", after_comment, (after_comment[0], after_comment[1] + 1))
        if token_type in tok.OPENING_BRACKETS:
            level += 1
        elif token_type in tok.CLOSING_BRACKETS:
            level -= 1
        result.append(token)
    return result, ignores


# -- the arrays ----------------------------------------------------------------------

class TokenArrays:
    """The tokens of one source, as parallel lists (see the module docstring)."""

    def __init__(self, source, text: str, keywords: dict[str, int], *,
                 type_comments: bool = False, filename: str = "<unknown>",
                 tokenizer: str = "clearpy", mode: str = "exec"):
        self.text = text
        self.lines = source_lines(text)
        raw, error = TOKEN_STREAMS[tokenizer](source, text, filename, mode)
        self.type_ignores = []
        if type_comments:
            raw, self.type_ignores = _with_type_comments(raw, text, self.lines)
        self._build(raw, keywords)
        self.failure = None
        if error is not None:
            in_fstring = self.tok_type.count(tok.FSTRING_START) > self.tok_type.count(tok.FSTRING_END)
            self.failure = TokenizerFailure(len(self.tok_type), error, in_fstring)
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

    def _build(self, raw, keywords):
        """Token tuples to parallel lists.

        SPEED: zip(*...) takes the tuples apart in C; only NAMEs (keywords,
        non-ASCII identifiers) and NEWLINEs (their span) get a second look.
        """
        if not raw:
            self.tok_type, self.tok_string, self.tok_id = [], [], []
            self.tok_lineno, self.tok_col, self.tok_end_lineno, self.tok_end_col = [], [], [], []
            return
        columns = list(zip(*raw))
        types, strings, starts, ends = columns[0], list(columns[1]), columns[2], columns[3]
        row, column = itemgetter(0), itemgetter(1)
        linenos, cols = list(map(row, starts)), list(map(column, starts))
        end_linenos, end_cols = list(map(row, ends)), list(map(column, ends))
        name, newline = tok.NAME, tok.NEWLINE
        # A keyword's text gets the keyword's type: map() with dict.get runs in C
        # and leaves other tokens' types alone -- except an f-string text part
        # that happens to read like a keyword (f"if{x}"), put back below.
        self.tok_type = list(map(keywords.get, strings, types))
        middle = tok.FSTRING_MIDDLE
        index = -1
        try:
            while True:
                index = types.index(middle, index + 1)
                self.tok_type[index] = middle
        except ValueError:
            pass
        self.tok_id = strings
        if not self.text.isascii():
            normalize = unicodedata.normalize
            self.tok_id = [normalize("NFKC", string) if kind == name and not string.isascii()
                           else string for kind, string in zip(types, strings)]
        index = -1
        try:
            while True:
                index = types.index(newline, index + 1)
                if not strings[index]:
                    end_cols[index] = cols[index] + 1   # pegen's NEWLINE covers the '\n'
        except ValueError:
            pass
        self.tok_string = strings
        self.tok_lineno, self.tok_col = linenos, cols
        self.tok_end_lineno, self.tok_end_col = end_linenos, end_cols

    def _positions_before(self):
        """end_*_before[pos]: the end of the last non-whitespace token before pos.

        That is the end of token pos - 1, except after NEWLINE, INDENT,
        DEDENT and ENDMARKER, which pass on what was before them.
        """
        types = self.tok_type
        end_linenos = [self.tok_end_lineno[0] if types else 1] + self.tok_end_lineno
        end_cols = [self.tok_end_col[0] if types else 0] + self.tok_end_col
        after_whitespace = []
        for kind in tok.WHITESPACE_TYPES:
            index = -1
            try:
                while True:
                    index = types.index(kind, index + 1)
                    after_whitespace.append(index + 1)
            except ValueError:
                pass
        for position in sorted(after_whitespace):   # in order, so that runs carry over
            end_linenos[position] = end_linenos[position - 1]
            end_cols[position] = end_cols[position - 1]
        self.end_lineno_before, self.end_col_before = end_linenos, end_cols
