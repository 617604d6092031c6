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

import ast
import re
from functools import cache

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

# Positions: which of them must be present.
_REQUIRED_POSITIONS = ("lineno", "col_offset")
_OPTIONAL_POSITIONS = ("end_lineno", "end_col_offset")


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
    """A copy of ``tree`` whose class must be ``root`` (Module, Expression ...).

    Errors of shape (a missing field, a wrong type) are raised at once, as
    ``PyAST_obj2mod`` raises them; errors of meaning (a required field set to
    None, a constant of a type no literal has) only after the whole tree was
    copied, as CPython's validator (``_PyAST_Validate``) runs afterwards.
    """
    if not isinstance(tree, root):
        raise TypeError(f"expected {root.__name__} node, got {type(tree).__name__}")
    copier = _Copier()
    copy = copier.node(tree, _category_name(root))
    if copier.deferred is not None:
        raise copier.deferred
    return copy


_MISSING = object()
_CONSTANT_TYPES = (int, float, complex, bool, str, bytes)


def _is_valid_constant(value) -> bool:
    """A value a literal can have (``validate_constant``)."""
    if value is None or value is ...:
        return True
    kind = type(value)
    if kind in _CONSTANT_TYPES:
        return True
    if kind is tuple or kind is frozenset:
        return all(_is_valid_constant(item) for item in value)
    return False


class _Copier:
    def __init__(self):
        self.deferred: Exception | None = None   # the first validation error

    def defer(self, error: Exception) -> None:
        if self.deferred is None:
            self.deferred = error

    def node(self, node, category: str):
        cls = type(node)
        copy = cls.__new__(cls)
        positioned = bool(cls._attributes)
        if positioned and category in _SUM_CATEGORIES:
            self.positions(node, copy, category)   # read before the fields
        for name, kind, how in _fields_of(cls):
            value = getattr(node, name, _MISSING)
            if how == "*":
                if value is _MISSING or value is None:
                    value = []
                if not isinstance(value, list):
                    raise TypeError(f"{cls.__name__} field \"{name}\" must be a list, not a "
                                    f"{type(value).__name__}")
                setattr(copy, name, [self.value(item, kind, name, cls) for item in value])
                continue
            if value is _MISSING:
                if how == "?":
                    setattr(copy, name, None)
                    continue
                raise TypeError(f"required field \"{name}\" missing from {cls.__name__}")
            if value is None and how != "?" and kind != "constant":
                self.defer(ValueError(f"field '{name}' is required for {cls.__name__}"))
            setattr(copy, name, self.value(value, kind, name, cls))
        if positioned and category not in _SUM_CATEGORIES:
            self.positions(node, copy, category)   # arg, keyword, alias: after the fields
        if cls is ast.Constant and not _is_valid_constant(copy.value):
            self.defer(TypeError(f"got an invalid type in Constant: "
                                 f"{type(copy.value).__name__}"))
        return copy

    @staticmethod
    def positions(node, copy, category: str) -> None:
        for name in _REQUIRED_POSITIONS:
            value = getattr(node, name, None)
            if value is None:
                raise TypeError(f"required field \"{name}\" missing from {category}")
            setattr(copy, name, value)
        end_lineno = getattr(node, "end_lineno", None)
        end_col_offset = getattr(node, "end_col_offset", None)
        copy.end_lineno = copy.lineno if end_lineno is None else end_lineno
        copy.end_col_offset = copy.col_offset if end_col_offset is None else end_col_offset

    def value(self, value, kind: str, field: str, cls: type):
        if value is None:
            return None
        expected = _CATEGORIES.get(kind)
        if expected is None:            # identifier, string, constant, int
            if kind in ("identifier", "string") and not isinstance(value, str):
                raise TypeError(f"AST {kind} must be of type str")
            return value
        if kind in _SUM_CATEGORIES and not isinstance(value, expected):
            # CPython looks for the positions before it checks the type.
            for name in _REQUIRED_POSITIONS:
                if getattr(value, name, None) is None:
                    raise TypeError(f"required field \"{name}\" missing from {kind}")
        if not isinstance(value, expected):
            raise TypeError(f"expected some sort of {kind}, but got {value!r:.400}")
        return self.node(value, kind)
