"""``clearpy.parse``: source text in, an ``ast`` tree out, as ``ast.parse`` does.

The parse runs in up to three passes over the same tokens:

1. The fast pass: the grammar without the ``invalid_`` rules. For a correct
   program this is the only pass.
2. If it failed: the same pass again, now recording the furthest token read,
   which is where CPython reports a plain "invalid syntax".
3. The error pass: the grammar with the ``invalid_`` rules, which recognise
   common mistakes and raise a precise message ("expected ':'",
   "Perhaps you forgot a comma?"). If none matches, the error is a plain
   "invalid syntax" at the token found in step 2.

Finally, as CPython does, a tokenizer error further down the file (an
unterminated string, say) takes precedence over the parser's error.
"""

import codecs
import re
import sys

from clearpy.parser import tokens as tok
from clearpy.parser.errors import CURRENT_POS, make_syntax_error, raise_at_token
from clearpy.parser.state import ParserState
from clearpy.parser.token_arrays import normalize_newlines

_START_RULES = {"exec": "file", "eval": "eval", "single": "interactive", "func_type": "func_type"}
_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")

# Python frames per level of nesting in the source is high for a recursive
# descent parser; CPython's own parser allows 6000 levels of rule calls.
_RECURSION_LIMIT = 60000


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """Parse ``source`` (str or bytes) into an AST, exactly as ``ast.parse`` does."""
    if feature_version is None:
        minor = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
    else:
        minor = feature_version
    if minor < 0:
        minor = sys.version_info.minor
    if mode not in _START_RULES:
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if isinstance(source, str):
        text = source
    elif isinstance(source, (bytes, bytearray, memoryview)):
        text = None
    else:
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if text is None:
        data = bytes(source)
        if b"\0" in data:
            raise SyntaxError("source code string cannot contain null bytes")
        text = decode_source(data, filename)
    elif "\0" in text:
        raise SyntaxError("source code string cannot contain null bytes")

    from clearpy.parser.generated import KEYWORDS
    state = ParserState(normalize_newlines(text), filename, KEYWORDS, mode=mode,
                        feature_version=minor, type_comments=type_comments)
    return run_parser(state, _START_RULES[mode])


def run_parser(state: ParserState, start: str):
    """The passes described in the module docstring."""
    from clearpy.parser.generated import make_rules

    old_limit = sys.getrecursionlimit()
    if old_limit < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    if state.mode == "single":
        state.start_recording()   # _finish needs to know how far the parser read
    try:
        try:
            result = make_rules(state, False)[start]()
        except SyntaxError:
            result = None
        except RecursionError:
            raise _too_complex() from None
        if result is not None:
            return _finish(state, result)

        # Something is wrong: parse again, recording how far the parser reads.
        state.start_recording()
        state.warnings_shown = False
        error = None
        try:
            result = make_rules(state, False)[start]()
        except SyntaxError as exc:
            error = exc
        if error is None and result is not None:
            return _finish(state, result)
        last_token = state.last_token_read()
        state.warnings_shown = True
        if error is None:
            try:
                make_rules(state, True)[start]()
            except SyntaxError as exc:
                error = exc
        raise _syntax_error(state, error, last_token)
    except RecursionError:
        raise _too_complex() from None
    finally:
        if old_limit < _RECURSION_LIMIT:
            sys.setrecursionlimit(old_limit)


def _too_complex():
    return MemoryError("Parser stack overflowed - Python source too complex to parse")


def _finish(state: ParserState, tree):
    if state.mode == "single" and _more_statements_follow(state):
        try:
            raise_at_token(state, SyntaxError, state.last_token_read(),
                           "multiple statements found while compiling a single statement")
        except SyntaxError as error:
            raise error from None
    return tree


def _more_statements_follow(state) -> bool:
    """In 'single' mode: is there more than whitespace and comments after the
    last token the parser read (CPython's bad_single_statement)?"""
    index = state.last_token_read()
    lineno, col = state.tok_end_lineno[index], state.tok_end_col[index]
    if col < 0:
        return False
    rest = state.line_bytes(lineno)[col:] + b"".join(
        state.line_bytes(n) for n in range(lineno + 1, len(state.lines) + 1))
    for line in rest.split(b"\n"):
        stripped = line.lstrip(b" \t\f")
        if stripped and not stripped.startswith(b"#"):
            return True
    return False


def _syntax_error(state: ParserState, error, last_token: int):
    """The error CPython reports once both passes have failed (_Pypegen_set_syntax_error)."""
    failure = state.failure
    if error is not None:
        if failure is not None and error is failure.error:
            return error
        return _check_rest_of_source(state, error)
    last_type = list.__getitem__(state.tok_type, last_token)
    if last_type in (tok.INDENT, tok.DEDENT):
        message = "unexpected indent" if last_type == tok.INDENT else "unexpected unindent"
        try:
            raise_at_token(state, IndentationError, state.last_token_read(), message)
        except IndentationError as exc:
            return exc
    lineno, col = state.tok_lineno[last_token], state.tok_col[last_token]
    end_lineno, end_col = state.tok_end_lineno[last_token], state.tok_end_col[last_token]
    error = make_syntax_error(state, SyntaxError, lineno, col + 1, end_lineno, end_col + 1,
                              "invalid syntax")
    return _check_rest_of_source(state, error)


def _check_rest_of_source(state: ParserState, error):
    """CPython tokenizes the rest of the file after a parser error: a tokenizer
    error found there wins (an unclosed bracket only if it opened before the line
    of the parser's error)."""
    failure = state.failure
    if failure is None:
        return error
    if failure.overrides:
        return failure.error
    if failure.bracket is not None:
        error_line = state.tok_lineno[state.last_token_read()]
        if error_line > state.tok_lineno[failure.bracket]:
            return failure.error
    return error


# -- reading bytes ----------------------------------------------------------------

def _normal_encoding_name(name: str) -> str:
    """CPython's tokenizer spells a few encodings its own way (get_normal_name)."""
    lowered = name[:12].lower().replace("_", "-")
    if lowered == "utf-8" or lowered.startswith("utf-8-"):
        return "utf-8"
    if lowered in ("latin-1", "iso-8859-1", "iso-latin-1") or lowered.startswith(
            ("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def _declared_encoding(data: bytes) -> str | None:
    lines = data.split(b"\n", 2)
    for line in lines[:2]:
        match = _CODING.match(line)
        if match:
            return _normal_encoding_name(match.group(1).decode("ascii", "replace"))
        if not _BLANK_OR_COMMENT.match(line):
            return None
    return None


def decode_source(data: bytes, filename) -> str:
    """Bytes to text by PEP 263: a UTF-8 BOM or a coding comment, else UTF-8."""
    name = filename if isinstance(filename, str) else str(filename)
    has_bom = data.startswith(codecs.BOM_UTF8)
    if has_bom:
        data = data[3:]
    encoding = _declared_encoding(data)
    if has_bom and encoding is not None and encoding != "utf-8":
        raise SyntaxError(f"encoding problem: {encoding} with BOM", (name, 0, -1, None))
    if encoding is not None and encoding != "utf-8":
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SyntaxError(f"unknown encoding: {encoding}", (name, 0, -1, None)) from None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise SyntaxError(str(exc), (name, 0, -1, None)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Find the line that does not decode, as the tokenizer reading line by line would.
    for lineno, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = line.decode("utf-8", "replace") + "\n"
            column = len(line[:exc.start].decode("utf-8", "replace"))
            message = f"(unicode error) 'utf-8' codec can't decode byte 0x{line[exc.start]:02x} " \
                      f"in position 0: {exc.reason}"
            raise SyntaxError(message, (name, lineno, column + 1, text, lineno, -1)) from None
    raise AssertionError("unreachable")


__all__ = ["parse", "CURRENT_POS"]
