"""Taking an AST from the user: copy it, and check it is a tree the compiler can use.

``compile()`` accepts an AST built by hand. CPython first converts it to its
internal C structures (``PyAST_obj2mod``), which both copies it (so that
compiling never changes the user's tree) and checks its shape: every node is
of the kind its field expects, required fields and positions are present.
The constant folder works in place, so clearpy copies the tree in the same
pass, raising the errors CPython raises:

    TypeError: expected Module node, got Expression
    TypeError: required field "lineno" missing from stmt
    TypeError: expected some sort of expr, but got 42

The kinds each field expects are read from the ``ast`` module's own
signatures (``ast.BinOp.__doc__`` is ``"BinOp(expr left, operator op, expr
right)"``), which come straight from CPython's ``Parser/Python.asdl``.
"""

import _ast
import ast
import re
from functools import cache

from clearpy.compiler.ast_validate import validate

# The abstract node categories of Python.asdl, and their classes.
_CATEGORIES = {
    "mod": ast.mod, "stmt": ast.stmt, "expr": ast.expr, "expr_context": ast.expr_context,
    "boolop": ast.boolop, "operator": ast.operator, "unaryop": ast.unaryop, "cmpop": ast.cmpop,
    "comprehension": ast.comprehension, "excepthandler": ast.excepthandler,
    "arguments": ast.arguments, "arg": ast.arg, "keyword": ast.keyword, "alias": ast.alias,
    "withitem": ast.withitem, "match_case": ast.match_case, "pattern": ast.pattern,
    "type_ignore": ast.type_ignore, "type_param": ast.type_param,
}
_SIGNATURE = re.compile(r"^\w+\((.*)\)$")

# Sum types with positions: the positions are read first (then the fields).
_SUM_CATEGORIES = frozenset({"stmt", "expr", "excepthandler", "pattern", "type_param"})

# Kinds for which None converts to "no node", refused afterwards if the field is required.
_NULLABLE_KINDS = frozenset({"identifier", "string", "mod", "stmt", "expr", "excepthandler",
                             "pattern", "type_ignore", "type_param"})
# Simple enumerations (Load, Add ...): None is not accepted for them.
_ENUM_CATEGORIES = frozenset({"expr_context", "boolop", "operator", "unaryop", "cmpop"})
# Product types: CPython reads their fields without checking the type.
_PRODUCT_CATEGORIES = frozenset({"arguments", "arg", "keyword", "alias", "comprehension",
                                 "withitem", "match_case"})

# Positions: which of them must be present.
_REQUIRED_POSITIONS = ("lineno", "col_offset")


@cache
def _fields_of(cls: type) -> tuple:
    """(name, kind, how) for each field: how is '' (required), '?' or '*'."""
    match = _SIGNATURE.match((cls.__doc__ or "").strip())
    if match is None or not match.group(1):
        return ()
    fields = []
    for part in match.group(1).split(", "):
        kind, name = part.split(" ")
        how = ""
        if kind[-1] in "?*":
            kind, how = kind[:-1], kind[-1]
        fields.append((name, kind, how))
    return tuple(fields)


def _category_name(cls: type) -> str:
    for name, category in _CATEGORIES.items():
        if issubclass(cls, category):
            return name
    return cls.__name__


def copy_and_validate(tree: ast.AST, root: type) -> ast.AST:
    """A copy of ``tree`` whose class must be ``root`` (Module, Expression ...),
    checked as ``PyAST_obj2mod`` and then ``_PyAST_Validate`` check it."""
    if not isinstance(tree, root):
        raise TypeError(f"expected {root.__name__} node, got {type(tree).__name__}")
    copy = _copy_node(tree, _category_name(root))
    validate(copy)
    return copy


_MISSING = object()


def _copy_node(node, category: str, cls: type | None = None):
    """Copy one node: positions (first, for statements and expressions), then each field.

    A required field that is absent is a TypeError on the spot; one that is
    None is a ValueError once the node's fields are converted (CPython's node
    constructors check them). ``cls`` is the class of the copy, ``node``'s own
    class unless told otherwise (a product type's fields may come from any object).
    """
    cls = cls or type(node)
    copy = cls.__new__(cls)
    positioned = bool(cls._attributes)
    if positioned and category in _SUM_CATEGORIES:
        _copy_positions(node, copy, category)
    unset = None
    for name, kind, how in _fields_of(cls):
        value = getattr(node, name, _MISSING)
        if how == "*":
            if value is _MISSING:
                value = []
            if not isinstance(value, list):
                raise TypeError(f"{cls.__name__} field \"{name}\" must be a list, not a "
                                f"{type(value).__name__}")
            setattr(copy, name, [_copy_value(item, kind) for item in value])
            continue
        if how == "?" and (value is _MISSING or value is None):
            setattr(copy, name, 0 if kind == "int" else None)
            continue
        if value is _MISSING:
            raise TypeError(f"required field \"{name}\" missing from {cls.__name__}")
        if value is None and kind in _NULLABLE_KINDS and unset is None:
            unset = name        # a node constructor refuses it once the fields are read
        setattr(copy, name, _copy_value(value, kind))
    if unset is not None:
        raise ValueError(f"field '{unset}' is required for {cls.__name__}")
    if positioned and category not in _SUM_CATEGORIES:
        _copy_positions(node, copy, category)   # arg, keyword, alias: after the fields
    return copy


def _copy_positions(node, copy, category: str) -> None:
    for name in _REQUIRED_POSITIONS:
        value = getattr(node, name, _MISSING)
        if value is _MISSING:
            raise TypeError(f"required field \"{name}\" missing from {category}")
        setattr(copy, name, _integer(value))
    end_lineno = getattr(node, "end_lineno", None)
    end_col_offset = getattr(node, "end_col_offset", None)
    copy.end_lineno = copy.lineno if end_lineno is None else _integer(end_lineno)
    copy.end_col_offset = copy.col_offset if end_col_offset is None else _integer(end_col_offset)


def _integer(value):
    if not isinstance(value, int):
        raise ValueError(f"invalid integer value: {value!r}")
    return value


def _copy_value(value, kind: str):
    expected = _CATEGORIES.get(kind)
    if expected is None:            # identifier, string, constant, int
        if value is None and kind != "int":
            return None
        if kind in ("identifier", "string") and not isinstance(value, str):
            raise TypeError(f"AST {kind} must be of type str")
        if kind == "int":
            return _integer(value)
        return value
    if kind in _PRODUCT_CATEGORIES:
        # No type check: CPython reads the fields of whatever object it is given.
        return _copy_product(value, kind, expected)
    if value is None and kind not in _ENUM_CATEGORIES:
        return None                 # a missing node: its parent decides if that is allowed
    if not isinstance(value, _kinds_of(expected)):  # ast.expr itself is no sort of expr
        if kind in _SUM_CATEGORIES:
            # CPython looks for the positions before it checks the type.
            for name in _REQUIRED_POSITIONS:
                if not hasattr(value, name):
                    raise TypeError(f"required field \"{name}\" missing from {kind}")
        raise TypeError(f"expected some sort of {kind}, but got {value!r:.400}")
    return _copy_node(value, kind)


@cache
def _kinds_of(category: type) -> tuple:
    """The node classes of an abstract category (BinOp, Name... for expr; Load... for expr_context).

    CPython's ``obj2ast_expr`` accepts an instance of one of them (or of a
    subclass of one), and refuses an instance of ``ast.expr`` itself.
    """
    return tuple(cls for cls in vars(_ast).values()
                 if isinstance(cls, type) and cls.__bases__ == (category,))


def _copy_product(value, kind: str, expected: type):
    """arguments, arg, keyword, alias, comprehension, withitem, match_case: read
    field by field from any object, as CPython does (it checks no type)."""
    return _copy_node(value, kind, expected)
