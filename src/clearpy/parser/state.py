"""The parser state ``p`` that the generated rules and the actions share.

It holds the token lists (``token_arrays.py``) and what the parse was asked
for (file name, feature version), and answers the questions error reporting
asks: which token was read last, where the tokenizer's cursor is, what the
text of a line is. The position of the next token is not here: it lives in
the generated code (``pos``), for speed.
"""

import os
import warnings

from clearpy.parser import tokens as tok
from clearpy.parser.errors import raise_at_token
from clearpy.parser.token_arrays import RecordingList, TokenArrays


class NeedsRecording(Exception):
    """An error position depends on how far the parser has read, which only
    the recording passes know: the fast pass gives up and the parse is redone."""


class ParserState:
    def __init__(self, source, text: str, filename, keywords: dict[str, int], *,
                 mode: str = "exec", feature_version: int = 12, type_comments: bool = False,
                 tokenizer: str = "clearpy"):
        """``source`` as the user gave it (str or bytes), ``text`` as decoded for parsing."""
        self.filename = os.fsdecode(filename) if not isinstance(filename, str) else filename
        self.mode = mode
        self.feature_version = feature_version
        self.barry_as_flufl = False
        arrays = TokenArrays(source, text, keywords, type_comments=type_comments,
                             filename=self.filename, tokenizer=tokenizer, mode=mode)
        self.text = text
        self.lines = arrays.lines
        self.tok_type = arrays.tok_type
        self.tok_string, self.tok_id = arrays.tok_string, arrays.tok_id
        self.tok_lineno, self.tok_col = arrays.tok_lineno, arrays.tok_col
        self.tok_end_lineno, self.tok_end_col = arrays.tok_end_lineno, arrays.tok_end_col
        self.end_lineno_before, self.end_col_before = arrays.end_lineno_before, arrays.end_col_before
        self.type_ignores = arrays.type_ignores
        self.failure = arrays.failure
        if feature_version < 7:
            self._async_as_names()
        self.input_ends_at = None   # in 'single' mode: the first token read at the end of input
        if mode == "single":
            self._single_input_newline()
        self.warnings_shown = True
        self.in_error_pass = False
        # Whether CPython's tokenizer knows the encoding (str source, or bytes
        # with a BOM or coding cookie): if not, error columns stay in bytes.
        self.encoding_declared = True
        self.known_error_token = None
        self._level = None
        self._line_layout = None   # for _continues_on_next_line, made when first needed

    # -- the passes ------------------------------------------------------------------
    def start_recording(self) -> None:
        """From now on, remember the furthest token read (for the error passes).

        Each pass starts reading afresh: a tokenizer error is raised when a
        pass first reaches its token, also in a pass after one that did.
        """
        if isinstance(self.tok_type, RecordingList):
            self.tok_type.furthest = -1
        else:
            self.tok_type = RecordingList(self.tok_type, self.failure)

    def last_token_read(self) -> int:
        """Index of the furthest token read so far (CPython's p->tokens[p->fill - 1])."""
        if self.known_error_token is not None:
            return self.known_error_token
        if not isinstance(self.tok_type, RecordingList):
            raise NeedsRecording()
        return max(self.tok_type.furthest, 0)

    def note_read(self, index: int) -> None:
        """Read token ``index`` as the parser would (raising a tokenizer error there)."""
        self.tok_type[index]

    @property
    def tok_level(self) -> list[int]:
        """How deep in brackets each token is (after it); computed when first needed."""
        if self._level is None:
            level, depth = [], 0
            for token_type in self.tok_type:
                if token_type in tok.OPENING_BRACKETS:
                    depth += 1
                elif token_type in tok.CLOSING_BRACKETS:
                    depth -= 1
                level.append(depth)
            self._level = level
        return self._level

    def _async_as_names(self) -> None:
        """For feature_version < (3, 7), 'async' and 'await' are names except in
        'async def' and inside an async function, as CPython's tokenizer then
        decides (its async_hacks)."""
        types, strings = self.tok_type, self.tok_string
        in_async_def = seen_newline = False
        def_indent = indent = 0
        at_line_start = True
        for index, token_type in enumerate(types):
            if token_type == tok.INDENT:
                indent += 1
                continue
            if token_type == tok.DEDENT:
                indent -= 1
                continue
            if token_type == tok.TYPE_COMMENT:
                continue   # its line is a comment line, not the next statement
            if token_type == tok.NEWLINE:
                at_line_start = True
                if in_async_def:
                    seen_newline = True
                continue
            # The first token of a line: back at the level of the 'async def'?
            if at_line_start and in_async_def and seen_newline and indent <= def_indent:
                in_async_def = seen_newline = False
            at_line_start = False
            if token_type in (tok.ASYNC, tok.AWAIT) and not in_async_def:
                if token_type == tok.ASYNC and index + 1 < len(types) and \
                        strings[index + 1] == "def":
                    in_async_def, def_indent = True, indent
                else:
                    types[index] = tok.NAME

    def _single_input_newline(self) -> None:
        """In 'single' mode CPython's parser reads the first ENDMARKER as a NEWLINE.

        It also closes the blocks still open (``_PyPegen_fill_token``: the
        tokenizer's pending DEDENTs); after such DEDENTs, the next ENDMARKER is
        read as a NEWLINE again. So ``if 1:\n  pass`` (no final newline) ends
        ``... pass NEWLINE DEDENT NEWLINE ENDMARKER``, and ``if 1: pass``
        ends ``... pass NEWLINE ENDMARKER``, one NEWLINE short of a compound
        statement: invalid syntax, as in CPython. The tokens added are copies
        of the ENDMARKER (its position).
        """
        types = self.tok_type
        index = types.index(tok.ENDMARKER) if tok.ENDMARKER in types else None
        if not index or index + 1 >= len(types):
            return   # no ENDMARKER, or nothing was read before it: it stays
        before = types[:index]
        open_blocks = before.count(tok.INDENT) - before.count(tok.DEDENT)
        closing = [tok.DEDENT] * open_blocks + [tok.NEWLINE] * (open_blocks > 0)
        for column in (self.tok_type, self.tok_string, self.tok_id, self.tok_lineno,
                       self.tok_col, self.tok_end_lineno, self.tok_end_col,
                       self.end_lineno_before, self.end_col_before):
            column[index + 1:index + 1] = [column[index]] * len(closing)
            column.append(column[-1])
        types = self.tok_type
        types[index] = tok.NEWLINE
        types[index + 1:index + 1 + len(closing)] = closing
        types[-1] = tok.ENDMARKER
        self.input_ends_at = index

    # -- source text ------------------------------------------------------------------
    def end_input_without_newline(self) -> None:
        """'eval' and 'single' sources whose last line has no newline: the
        tokenizer read one (``implicit_newline``), but CPython's error
        messages show the last line as the input ends, without it."""
        if self.lines and self.lines[-1].endswith("\n"):
            self.lines[-1] = self.lines[-1][:-1]

    def line_bytes(self, lineno: int) -> bytes:
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1].encode("utf-8", "surrogateescape")
        return b""

    def error_line_bytes(self, lineno: int, current: bool = True) -> bytes:
        """The text an error shows, on which its columns are converted.

        For an error on the line the tokenizer is on (``current``), CPython
        shows the tokenizer's whole buffer: the line, newline included, and
        the lines before it that the same buffer holds (those joined to it by
        a backslash or by a token running over several lines, such as a
        triple-quoted string). For an earlier line, the text of that line up
        to its newline.
        """
        if not current:
            return self.line_bytes(lineno).rstrip(b"\n")
        first = lineno
        while first > 1 and self._continues_on_next_line(first - 1):
            first -= 1
        return b"".join(self.line_bytes(n) for n in range(first, lineno + 1))

    def _continues_on_next_line(self, lineno: int) -> bool:
        """Does CPython's tokenizer read line ``lineno + 1`` into the buffer of
        line ``lineno``? It does when it needs that line in the middle of a
        token: a token runs over the line end, or the line ends with a
        backslash that continues it (not one in a comment)."""
        if self._line_layout is None:
            self._line_layout = self._where_tokens_end()
        token_ends_by_line, lines_spanned_by_tokens = self._line_layout
        if lineno in lines_spanned_by_tokens:
            return True
        line = self.line_bytes(lineno)
        if not line.endswith(b"\\\n"):
            return False
        last_token_end = token_ends_by_line.get(lineno)
        if last_token_end is None:
            # A line of blanks and a backslash: read in the middle of a
            # statement only if this line was itself continued; at the start
            # of a line the backslash is part of the indentation, and the next
            # line starts a fresh buffer.
            return (not line[:-2].strip(b" \t\f") and lineno > 1
                    and self._continues_on_next_line(lineno - 1))
        return not line[last_token_end:-2].strip(b" \t\f")

    def _where_tokens_end(self) -> tuple[dict, set]:
        """({line: column where its last token ends}, {lines a token runs past
        the end of}), over the tokens that have text."""
        ends_by_line, spanned = {}, set()
        lines, end_lines, end_cols = self.tok_lineno, self.tok_end_lineno, self.tok_end_col
        for index in range(len(end_lines)):
            end_line, end_col = end_lines[index], end_cols[index]
            if end_col < 0:
                continue   # INDENT, DEDENT, ENDMARKER: no text of their own
            spanned.update(range(lines[index], end_line))
            if end_col > ends_by_line.get(end_line, -1):
                ends_by_line[end_line] = end_col
        return ends_by_line, spanned

    def tokenizer_line(self) -> int:
        """The line CPython's tokenizer is on after the last token read."""
        try:
            index = self.last_token_read()
        except NeedsRecording:
            raise
        return self.tok_end_lineno[index]

    def source_between(self, first: int, second: int) -> str:
        """The source text from the end of token ``first`` to the start of token ``second``."""
        start_line, start_col = self.tok_end_lineno[first], self.tok_end_col[first]
        end_line, end_col = self.tok_lineno[second], self.tok_col[second]
        if start_line == end_line:
            return self.line_bytes(start_line)[start_col:end_col].decode("utf-8", "replace")
        parts = [self.line_bytes(start_line)[start_col:]]
        for lineno in range(start_line + 1, end_line):
            parts.append(self.line_bytes(lineno))
        parts.append(self.line_bytes(end_line)[:end_col])
        return b"".join(parts).decode("utf-8", "replace")

    def tokenizer_cursor(self) -> tuple[int, int]:
        """(line, 1-based byte column) where CPython's tokenizer stands after the
        last token read: after that token, or for INDENT, DEDENT and ENDMARKER
        (which have no column), after the indentation of the line, or at the end
        of the last line when the file is over."""
        index = self.last_token_read()
        lineno, end_col = self.tok_end_lineno[index], self.tok_end_col[index]
        if end_col != -1:
            return lineno, end_col
        line = self.line_bytes(lineno)
        if self._at_end_of_file(index):
            return lineno, len(line)
        return lineno, len(line) - len(line.lstrip(b" \t\f"))

    def _at_end_of_file(self, index: int) -> bool:
        if self.input_ends_at is not None and index >= self.input_ends_at:
            return True
        types = self.tok_type
        for later in range(index, len(types)):
            token_type = list.__getitem__(types, later) if isinstance(types, RecordingList) \
                else types[later]
            if token_type == tok.ENDMARKER:
                return True
            if token_type != tok.DEDENT:
                return False
        return True

    # -- errors and warnings ------------------------------------------------------------
    def warn(self, category, message: str, token: int, error_message: str) -> None:
        """Emit a warning about token ``token``; if warnings are errors, a SyntaxError there.

        Not in the error pass: CPython's second pass, which reads the program
        again for a better error message, reports no warnings ("to avoid
        showing the warning twice", string_parser.c).
        """
        if self.in_error_pass:
            return
        try:
            if self.warnings_shown:
                warnings.warn_explicit(message, category, self.filename, self.tok_lineno[token])
            else:
                # A re-run of a pass that already warned: only an "error" filter matters.
                with warnings.catch_warnings(record=True):
                    warnings.warn_explicit(message, category, self.filename, self.tok_lineno[token])
        except category:
            self.known_error_token = token
            raise_at_token(self, SyntaxError, token, error_message)
