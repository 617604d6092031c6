"""Helpers that the grammar's actions call to build AST nodes.

Most actions build a node directly (``BinOp(a, ADD, b, EXTRA)``). The helpers
here do the work that takes more than one expression: assembling a function's
``arguments`` from the pieces the parameter rules found, re-labelling an
expression as an assignment target (``set_expr_context``), attaching
decorators, and the few checks actions make (``check_version``).

They correspond to the ``_PyPegen_*`` helpers of CPython's
Parser/action_helpers.c; the intermediate results that C keeps in small
structs are plain tuples here:

    (operator, operand)                  one step of a comparison chain
    (key, value)                         a dict item (key None for **value)
    (arg, default)                       a parameter with (maybe) a default
    (plain_args, args_with_defaults)     parameters before a '/' that has defaults
    (vararg, kwonly_pairs, kwarg)        everything from '*' or '**' on
    (element, is_keyword)                a call argument after the positional ones
"""

import ast

from clearpy.parser.errors import raise_known_location, raise_syntax_error

# Contexts and operators are shared, as CPython shares them.
LOAD, STORE, DEL = ast.Load(), ast.Store(), ast.Del()
AND, OR = ast.And(), ast.Or()
ADD, SUB, MULT, MATMULT, DIV, MOD = ast.Add(), ast.Sub(), ast.Mult(), ast.MatMult(), ast.Div(), ast.Mod()
POW, LSHIFT, RSHIFT, BITOR, BITXOR = ast.Pow(), ast.LShift(), ast.RShift(), ast.BitOr(), ast.BitXor()
BITAND, FLOORDIV = ast.BitAnd(), ast.FloorDiv()
INVERT, NOT, UADD, USUB = ast.Invert(), ast.Not(), ast.UAdd(), ast.USub()
EQ, NOTEQ, LT, LTE, GT, GTE = ast.Eq(), ast.NotEq(), ast.Lt(), ast.LtE(), ast.Gt(), ast.GtE()
IS, ISNOT, IN, NOTIN = ast.Is(), ast.IsNot(), ast.In(), ast.NotIn()

_DOT, _ELLIPSIS = 23, 52  # token types of '.' and '...'

# An empty node of a given class; the generated parser fills in its attribute
# dictionary in one go, which is faster than keyword arguments (codegen.py).
new_node = ast.AST.__new__


def _positions(node) -> dict:
    return {"lineno": node.lineno, "col_offset": node.col_offset,
            "end_lineno": node.end_lineno, "end_col_offset": node.end_col_offset}


def check_version(p, minor: int, feature: str, node):
    """``node``, unless ast.parse(feature_version=...) asks for a Python before 3.minor."""
    if node is not None and p.feature_version < minor:
        raise_syntax_error(p, f"{feature} only supported in Python 3.{minor} and greater")
    return node


def dummy_name():
    """A placeholder function for the Call node that carries parsed arguments."""
    return ast.Name("", LOAD, lineno=1, col_offset=0, end_lineno=1, end_col_offset=0)


def make_module(p, statements):
    type_ignores = [ast.TypeIgnore(lineno, tag) for lineno, tag in p.type_ignores]
    return ast.Module(statements or [], type_ignores)


def interactive_exit(p):
    """ENDMARKER in interactive mode: the session is over (CPython's _PyPegen_interactive_exit)."""
    return None


def join_names_with_dot(first, second):
    """``a.b`` in an import: one Name whose id is the dotted string."""
    return ast.Name(f"{first.id}.{second.id}", LOAD, lineno=first.lineno,
                    col_offset=first.col_offset, end_lineno=second.end_lineno,
                    end_col_offset=second.end_col_offset)


def count_dots(p, tokens) -> int:
    """The level of a relative import: '.' counts one, '...' three."""
    return sum(3 if p.tok_type[index] == _ELLIPSIS else 1 for index in tokens)


def alias_for_star(**position):
    return ast.alias("*", None, **position)


def set_expr_context(expr, ctx):
    """A copy of ``expr`` used as a target (Store) or deleted (Del) instead of read."""
    kind = type(expr)
    if kind is ast.Name:
        return ast.Name(expr.id, ctx, **_positions(expr))
    if kind is ast.Tuple:
        return ast.Tuple([set_expr_context(e, ctx) for e in expr.elts], ctx, **_positions(expr))
    if kind is ast.List:
        return ast.List([set_expr_context(e, ctx) for e in expr.elts], ctx, **_positions(expr))
    if kind is ast.Subscript:
        return ast.Subscript(expr.value, expr.slice, ctx, **_positions(expr))
    if kind is ast.Attribute:
        return ast.Attribute(expr.value, expr.attr, ctx, **_positions(expr))
    if kind is ast.Starred:
        return ast.Starred(set_expr_context(expr.value, ctx), ctx, **_positions(expr))
    return expr


def new_type_comment(p, token):
    """The text of a TYPE_COMMENT token (what follows '# type:'), or None."""
    if token is None:
        return None
    return p.tok_string[token]


def add_type_comment_to_arg(p, argument, token):
    if token is None:
        return argument
    return ast.arg(argument.arg, argument.annotation, new_type_comment(p, token),
                   **_positions(argument))


def name_default_pair(p, argument, default, token):
    return (add_type_comment_to_arg(p, argument, token), default)


def empty_arguments():
    return ast.arguments([], [], None, [], [], None, [])


def make_arguments(slash_without_default, slash_with_default, plain_names,
                   names_with_default, star_etc):
    """Assemble ``ast.arguments`` from the pieces the parameter rules matched."""
    if slash_without_default is not None:
        posonlyargs = slash_without_default
    elif slash_with_default is not None:
        plain, with_defaults = slash_with_default
        posonlyargs = plain + [name for name, _ in with_defaults]
    else:
        posonlyargs = []

    if names_with_default is not None:
        args = (plain_names or []) + [name for name, _ in names_with_default]
    else:
        args = plain_names or []

    defaults = []
    if slash_with_default is not None:
        defaults += [default for _, default in slash_with_default[1]]
    if names_with_default is not None:
        defaults += [default for _, default in names_with_default]

    vararg = kwarg = None
    kwonlyargs, kw_defaults = [], []
    if star_etc is not None:
        vararg, kwonly, kwarg = star_etc
        kwonlyargs = [name for name, _ in kwonly]
        kw_defaults = [default for _, default in kwonly]
    return ast.arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)


def function_def_decorators(decorators, function):
    kind = type(function)
    return kind(function.name, function.args, function.body, decorators, function.returns,
                function.type_comment, function.type_params, **_positions(function))


def class_def_decorators(decorators, cls):
    return ast.ClassDef(cls.name, cls.bases, cls.keywords, cls.body, decorators,
                        cls.type_params, **_positions(cls))


def seq_extract_starred_exprs(items):
    return [element for element, is_keyword in items if not is_keyword]


def seq_delete_starred_exprs(items):
    return [element for element, is_keyword in items if is_keyword]


def collect_call_seqs(positional, keyword_items, **position):
    """The Call that carries a call's arguments (the caller supplies the function)."""
    if keyword_items is None:
        return ast.Call(dummy_name(), positional, [], **position)
    starred = seq_extract_starred_exprs(keyword_items)
    keywords = seq_delete_starred_exprs(keyword_items)
    return ast.Call(dummy_name(), positional + starred, keywords, **position)


def ensure_real(p, number):
    if not isinstance(number, ast.Constant) or isinstance(number.value, complex):
        raise_known_location(p, number, "real number required in complex literal")
    return number


def ensure_imaginary(p, number):
    if not isinstance(number, ast.Constant) or not isinstance(number.value, complex):
        raise_known_location(p, number, "imaginary number required in complex literal")
    return number


def check_barry_as_flufl(p, token) -> bool:
    """True when this '!=' (or '<>') is not acceptable: '<>' is only for Barry."""
    text = p.tok_string[token]
    if p.barry_as_flufl and text != "<>":
        raise_syntax_error(p, "with Barry as BDFL, use '<>' instead of '!='")
    if not p.barry_as_flufl:
        return text != "!="
    return False


def check_legacy_stmt(p, name) -> bool:
    """Is this name Python 2's print or exec statement?"""
    return isinstance(name, ast.Name) and name.id in ("print", "exec")
