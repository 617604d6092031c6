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

import ast
import gc
import os
import sys

from clearpy.parser import tokens as tok
from clearpy.parser.errors import make_syntax_error, raise_at_token
from clearpy.parser.state import NeedsRecording, ParserState

_START_RULES = {"exec": "file", "eval": "eval", "single": "interactive", "func_type": "func_type"}

# Python frames per level of nesting in the source is high for a recursive
# descent parser; CPython's own parser allows 6000 levels of rule calls.
_RECURSION_LIMIT = 60000


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """Parse ``source`` (str or bytes) into an AST, exactly as ``ast.parse`` does."""
    return parse_source(source, filename, mode, type_comments=type_comments,
                        feature_version=feature_version)


def parse_source(source, filename="<unknown>", mode="exec", *, type_comments=False,
                 feature_version=None, tokenizer="clearpy"):
    """``parse`` with a choice of tokenizer: "clearpy" or "cpython" (CPython's
    own, to check one stage at a time)."""
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
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if not isinstance(source, str):
        source = bytes(source)
    name = os.fsdecode(filename) if not isinstance(filename, str) else filename
    try:
        return _parse_with_collector_paused(source, name, mode, minor, type_comments, tokenizer)
    except SyntaxError as error:
        # The error leaves as CPython's parser (C code) raises it: with no
        # parser frames in its traceback and no exception it was raised while
        # handling (a UnicodeDecodeError, a SyntaxWarning made an error). Those
        # frames hold the parser's state, which holds the error: kept, they
        # would make a reference cycle that only the cycle collector frees,
        # later, in the middle of the user's program.
        error.__context__ = None
        raise error.with_traceback(None)


def _parse_with_collector_paused(source, name, mode, minor, type_comments, tokenizer):
    # SPEED: the cyclic garbage collector is paused while parsing. A parse
    # creates hundreds of thousands of objects that all stay alive (tokens,
    # then the tree), so every collection would scan them in vain; CPython's
    # parser keeps its nodes out of the collector's reach for the same reason.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from clearpy.parser.generated import KEYWORDS
        from clearpy.tokenizer.for_parser import read_for_parser
        read = read_for_parser(source, name, mode)
        state = ParserState(source, read.text, name, KEYWORDS, mode=mode, feature_version=minor,
                            type_comments=type_comments, tokenizer=tokenizer)
        state.encoding_declared = read.encoding_declared
        if read.ends_without_newline:
            state.end_input_without_newline()
        return run_parser(state, _START_RULES[mode])
    finally:
        if was_enabled:
            gc.enable()


def run_parser(state: ParserState, start: str):
    """The passes described in the module docstring."""
    from clearpy.parser.generated import make_rules

    def run_pass(error_pass: bool):
        rules = make_rules(state, error_pass)
        try:
            return rules[start]()
        finally:
            rules["release"]()

    old_limit = sys.getrecursionlimit()
    if old_limit < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    if state.mode == "single":
        state.start_recording()   # _finish needs to know how far the parser read
    try:
        tree = _passes(state, run_pass)
    except RecursionError:
        raise _too_complex() from None
    finally:
        if old_limit < _RECURSION_LIMIT:
            sys.setrecursionlimit(old_limit)
    return _finish(state, tree)


def _passes(state: ParserState, run_pass):
    """The tree, or the SyntaxError to raise (see the module docstring)."""
    try:
        result = run_pass(False)
    except (SyntaxError, NeedsRecording):
        result = None
    if result is not None:
        return result

    # Something is wrong: parse again, recording how far the parser reads.
    state.start_recording()
    state.warnings_shown = False
    error = None
    try:
        result = run_pass(False)
    except SyntaxError as exc:
        error = exc
    if error is None and result is not None:
        return result
    last_token = state.last_token_read()
    state.in_error_pass = True  # which shows no warnings, as CPython's second pass
    if error is None:
        try:
            run_pass(True)
        except SyntaxError as exc:
            error = exc
    raise _syntax_error(state, error, last_token)


def _too_complex():
    return MemoryError("Parser stack overflowed - Python source too complex to parse")


# CPython turns its parser's nodes into Python objects with a recursive
# function that gives up, with a RecursionError, below this many levels of
# nesting (counting the module as 1) when ast.parse is called from Python code.
AST_DEPTH_LIMIT = 2996


def _finish(state: ParserState, tree):
    _check_depth(state, tree)
    if state.mode == "single" and _more_statements_follow(state):
        try:
            raise_at_token(state, SyntaxError, state.last_token_read(),
                           "multiple statements found while compiling a single statement")
        except SyntaxError as error:
            raise error from None
    return tree


def _check_depth(state: ParserState, tree) -> None:
    """RecursionError for a tree nested deeper than CPython can build.

    Measuring a tree's depth means visiting every node, so it is only done
    when the tree could be that deep: each level of nesting takes at least
    one token of a logical line, or one level of indentation.
    """
    types = state.tok_type
    longest, start = 0, 0
    try:
        while True:
            end = types.index(tok.NEWLINE, start)
            longest = max(longest, end - start)
            start = end + 1
    except ValueError:
        longest = max(longest, len(types) - start)
    indent = 2 * types.count(tok.INDENT)
    if longest + min(indent, 200) + 5 <= AST_DEPTH_LIMIT:
        return
    if _tree_depth(tree) > AST_DEPTH_LIMIT:
        raise RecursionError("maximum recursion depth exceeded during ast construction")


_NOT_COUNTED = (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)


def _tree_depth(tree) -> int:
    """How many nodes deep the tree goes (contexts and operators not counted)."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        for field in node._fields:
            value = getattr(node, field, None)
            children = value if isinstance(value, list) else (value,)
            for child in children:
                if isinstance(child, ast.AST) and not isinstance(child, _NOT_COUNTED):
                    stack.append((child, depth + 1))
    return deepest


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
    if failure.unclosed_bracket is not None:
        error_line = state.tok_lineno[state.last_token_read()]
        if error_line > failure.unclosed_bracket.lineno:
            return failure.unclosed_bracket
    return error


__all__ = ["parse", "parse_source"]
