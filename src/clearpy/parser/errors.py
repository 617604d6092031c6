"""Raising syntax errors exactly where CPython's parser raises them.

A SyntaxError carries a message and a span: ``lineno, offset`` (1-based
column of the first character) to ``end_lineno, end_offset``. CPython's parser
computes the span in one of a few ways, and the grammar's actions say which
(these are the RAISE_* macros of CPython's Parser/pegen.h):

    raise_known_location(p, a, msg)     the span of a (a node or a token)
    raise_known_range(p, a, b, msg)     from the start of a to the end of b
    raise_starting_from(p, a, msg)      from a to where the tokenizer is now
    raise_syntax_error(p, msg)          the last token the parser has read
    raise_on_next_token(p, pos, msg)    the token at ``pos``

"The last token the parser has read" is the furthest token any rule has looked
at so far, in either pass: CPython reads tokens lazily, so this is how far the
tokenizer got. clearpy tokenizes up front, so the error passes record the
furthest index read (``token_arrays.RecordingList``) to know the same thing.

Positions inside the parser are UTF-8 byte columns (as in the AST); the
exception gets character columns, converted on the error's line, the way
CPython converts them (including its quirks).
"""

import ast

# Which kind of target an invalid assignment, for or del statement has.
STAR_TARGETS, DEL_TARGETS, FOR_TARGETS = "star_targets", "del_targets", "for_targets"

# Marks an end position "where the tokenizer is now" (CPython's CURRENT_POS).
CURRENT_POS = -5


class _Span:
    """The position of a token, shaped like an AST node's."""

    __slots__ = ("lineno", "col_offset", "end_lineno", "end_col_offset")

    def __init__(self, lineno, col_offset, end_lineno, end_col_offset):
        self.lineno, self.col_offset = lineno, col_offset
        self.end_lineno, self.end_col_offset = end_lineno, end_col_offset


def located(p, thing):
    """The span of a node, or of the token at index ``thing``."""
    if isinstance(thing, int):
        return _Span(p.tok_lineno[thing], p.tok_col[thing], p.tok_end_lineno[thing],
                     p.tok_end_col[thing])
    return thing


def byte_offset_to_character_offset(line_bytes: bytes, offset: int) -> int:
    """CPython's _PyPegen_byte_offset_to_character_offset: ``offset`` is 1-based."""
    if offset > len(line_bytes) + 1:
        offset = len(line_bytes) + 1
    if offset <= 0:
        return offset
    # CPython decodes `offset` bytes of a NUL-terminated string: one past the
    # end of the line reads the terminator, which counts as a character.
    past_end = 1 if offset > len(line_bytes) else 0
    return len(line_bytes[:offset].decode("utf-8", "replace")) + past_end


def make_syntax_error(p, error_type, lineno, col_offset, end_lineno, end_col_offset, message):
    """The exception CPython builds (_PyPegen_raise_error_known_location).

    ``col_offset`` and ``end_col_offset`` are already 1-based byte offsets here,
    or CURRENT_POS for "where the tokenizer is now".
    """
    if end_lineno == CURRENT_POS or end_col_offset == CURRENT_POS:
        cursor_lineno, cursor_col = p.tokenizer_cursor()
        if end_lineno == CURRENT_POS:
            end_lineno = cursor_lineno
        if end_col_offset == CURRENT_POS:
            end_col_offset = cursor_col
    line_bytes = p.error_line_bytes(lineno, current=lineno >= p.tokenizer_line())
    col_number, end_col_number = col_offset, end_col_offset
    if p.encoding_declared:
        # (Without a known encoding CPython leaves the columns in bytes.)
        col_number = byte_offset_to_character_offset(line_bytes, col_offset)
        if end_col_number > 0:
            end_col_number = byte_offset_to_character_offset(line_bytes, end_col_number)
    text = line_bytes.decode("utf-8", "replace")
    error = error_type(message, (p.filename, lineno, col_number, text, end_lineno, end_col_number))
    return error


def raise_error_known_location(p, error_type, lineno, col_offset, end_lineno, end_col_offset, message):
    """CPython's RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns in, exception out."""
    col = col_offset if col_offset == CURRENT_POS else col_offset + 1
    end_col = end_col_offset if end_col_offset == CURRENT_POS else end_col_offset + 1
    raise make_syntax_error(p, error_type, lineno, col, end_lineno, end_col, message)


def raise_known_location(p, thing, message):
    span = located(p, thing)
    raise_error_known_location(p, SyntaxError, span.lineno, span.col_offset, span.end_lineno,
                               span.end_col_offset, message)


def raise_known_range(p, first, last, message):
    start, end = located(p, first), located(p, last)
    raise_error_known_location(p, SyntaxError, start.lineno, start.col_offset, end.end_lineno,
                               end.end_col_offset, message)


def raise_starting_from(p, thing, message):
    span = located(p, thing)
    raise_error_known_location(p, SyntaxError, span.lineno, span.col_offset, CURRENT_POS,
                               CURRENT_POS, message)


def raise_at_token(p, error_type, index, message):
    """CPython's _PyPegen_raise_error: the span of token ``index``.

    Tokens without a column of their own (INDENT, DEDENT, ENDMARKER and the
    like, column -1) are placed where the tokenizer's cursor is.
    """
    lineno, col = p.tok_lineno[index], p.tok_col[index]
    end_lineno, end_col = p.tok_end_lineno[index], p.tok_end_col[index]
    if col == -1:
        col_offset = p.tokenizer_cursor()[1]
    else:
        col_offset = col + 1
    end_col_offset = end_col + 1 if end_col != -1 else -1
    raise make_syntax_error(p, error_type, lineno, col_offset, end_lineno, end_col_offset, message)


def raise_syntax_error(p, message):
    """RAISE_SYNTAX_ERROR: at the last token read so far."""
    raise_at_token(p, SyntaxError, p.last_token_read(), message)


def raise_indentation_error(p, message):
    raise_at_token(p, IndentationError, p.last_token_read(), message)


def raise_on_next_token(p, pos, message):
    """RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token the parser is about to read."""
    p.note_read(pos)
    raise_at_token(p, SyntaxError, pos, message)


def raise_expected(p, pos, what):
    """A forced item (&&':') that is missing: "expected ':'" at the token found instead."""
    p.note_read(pos)
    raise_known_location(p, pos, f"expected {what}")


# -- messages about expressions ------------------------------------------------------

_EXPRESSION_NAMES = {
    ast.Attribute: "attribute", ast.Subscript: "subscript", ast.Starred: "starred",
    ast.Name: "name", ast.List: "list", ast.Tuple: "tuple", ast.Lambda: "lambda",
    ast.Call: "function call", ast.BoolOp: "expression", ast.BinOp: "expression",
    ast.UnaryOp: "expression", ast.GeneratorExp: "generator expression",
    ast.Yield: "yield expression", ast.YieldFrom: "yield expression",
    ast.Await: "await expression", ast.ListComp: "list comprehension",
    ast.SetComp: "set comprehension", ast.DictComp: "dict comprehension",
    ast.Dict: "dict literal", ast.Set: "set display", ast.JoinedStr: "f-string expression",
    ast.FormattedValue: "f-string expression", ast.Compare: "comparison",
    ast.IfExp: "conditional expression", ast.NamedExpr: "named expression",
}


def get_expr_name(expr) -> str:
    """How error messages call an expression: "function call", "literal"..."""
    if isinstance(expr, ast.Constant):
        value = expr.value
        if value is None:
            return "None"
        if value is False:
            return "False"
        if value is True:
            return "True"
        if value is Ellipsis:
            return "ellipsis"
        return "literal"
    return _EXPRESSION_NAMES[type(expr)]


def get_invalid_target(expr, targets_type):
    """The part of ``expr`` that cannot be assigned to (or deleted), if any."""
    if expr is None:
        return None
    kind = type(expr)
    if kind in (ast.List, ast.Tuple):
        for element in expr.elts:
            invalid = get_invalid_target(element, targets_type)
            if invalid is not None:
                return invalid
        return None
    if kind is ast.Starred:
        if targets_type == DEL_TARGETS:
            return expr
        return get_invalid_target(expr.value, targets_type)
    if kind is ast.Compare:
        # 'for a in b' gets parsed as a comparison; look at its left side.
        if targets_type == FOR_TARGETS:
            if isinstance(expr.ops[0], ast.In):
                return get_invalid_target(expr.left, targets_type)
            return None
        return expr
    if kind in (ast.Name, ast.Subscript, ast.Attribute):
        return None
    return expr


def raise_invalid_target(p, targets_type, expr):
    """'cannot assign to ...' / 'cannot delete ...', or None if every target is fine."""
    invalid = get_invalid_target(expr, targets_type)
    if invalid is None:
        return None
    verb = "delete" if targets_type == DEL_TARGETS else "assign to"
    raise_known_location(p, invalid, f"cannot {verb} {get_expr_name(invalid)}")


def last_comprehension_item(comprehension):
    """Where a comprehension clause ends: its last 'if' condition, or its iterable."""
    return comprehension.ifs[-1] if comprehension.ifs else comprehension.iter


def arguments_parsing_error(p, call):
    unpacking = any(kw.arg is None for kw in call.keywords)
    if unpacking:
        raise_syntax_error(p, "positional argument follows keyword argument unpacking")
    raise_syntax_error(p, "positional argument follows keyword argument")


def nonparen_genexp_in_call(p, call, comprehensions):
    """f(a, x for x in y): the generator needs parentheses (but f(x for x in y) is fine)."""
    if len(call.args) <= 1:
        return None
    raise_known_range(p, call.args[-1], last_comprehension_item(comprehensions[-1]),
                      "Generator expression must be parenthesized")
