"""Checking a hand-made AST before compiling it (CPython's ``_PyAST_Validate``).

The parser only builds sensible trees, but ``compile()`` also accepts trees
built by hand, where anything goes: an assignment to a constant, a function
with an empty body, a ``Load`` context on an assignment target. CPython
checks such trees first (``Python/ast.c``) and rejects them with a
``ValueError`` (or ``TypeError``) saying what is wrong:

    ValueError: expression must have Store context but has Load instead
    ValueError: empty body on FunctionDef
    ValueError: Dict doesn't have the same number of keys as values

``validate(tree)`` makes the same checks, in the same order, with the same
messages. Trees from clearpy's parser never need it.
"""

import ast

_CONSTANT_TYPES = (int, float, complex, bool, str, bytes)
_CONTEXT_NAMES = {ast.Load: "Load", ast.Store: "Store", ast.Del: "Del"}
_CONSTANT_NAMES = ("None", "True", "False")


def validate(tree: ast.AST) -> None:
    """Raise CPython's error if ``tree`` (Module, Expression, Interactive) is malformed."""
    _Validator().module(tree)


class _Validator:
    # -- modules and statement lists -------------------------------------------------------

    def module(self, tree) -> None:
        kind = type(tree)
        if kind is ast.Module or kind is ast.Interactive:
            self.statements(tree.body)
        elif kind is ast.Expression:
            self.expr(tree.body, ast.Load)
        elif kind is ast.FunctionType:
            self.exprs(tree.argtypes, ast.Load, null_ok=False)
            self.expr(tree.returns, ast.Load)

    def statements(self, statements) -> None:
        for statement in statements:
            if statement is None:
                raise ValueError("None disallowed in statement list")
            self.stmt(statement)

    def body(self, statements, owner: str) -> None:
        if not statements:
            raise ValueError(f"empty body on {owner}")
        self.statements(statements)

    def nonempty(self, items, what: str, owner: str) -> None:
        if not items:
            raise ValueError(f"empty {what} on {owner}")

    def exprs(self, expressions, context, null_ok: bool) -> None:
        for expression in expressions:
            if expression is not None:
                self.expr(expression, context)
            elif not null_ok:
                raise ValueError("None disallowed in expression list")

    def optional(self, expression, context=ast.Load) -> None:
        if expression is not None:
            self.expr(expression, context)

    # -- statements ------------------------------------------------------------------------

    def stmt(self, node) -> None:
        _check_positions(node)
        getattr(self, "stmt_" + type(node).__name__)(node)

    def stmt_FunctionDef(self, node) -> None:
        self.body(node.body, type(node).__name__)
        self.type_params(node.type_params)
        self.arguments(node.args)
        self.exprs(node.decorator_list, ast.Load, null_ok=False)
        self.optional(node.returns)

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def stmt_ClassDef(self, node) -> None:
        self.body(node.body, "ClassDef")
        self.type_params(node.type_params)
        self.exprs(node.bases, ast.Load, null_ok=False)
        for keyword in node.keywords:
            self.expr(keyword.value, ast.Load)
        self.exprs(node.decorator_list, ast.Load, null_ok=False)

    def stmt_Return(self, node) -> None:
        self.optional(node.value)

    def stmt_Delete(self, node) -> None:
        self.nonempty(node.targets, "targets", "Delete")
        self.exprs(node.targets, ast.Del, null_ok=False)

    def stmt_Assign(self, node) -> None:
        self.nonempty(node.targets, "targets", "Assign")
        self.exprs(node.targets, ast.Store, null_ok=False)
        self.expr(node.value, ast.Load)

    def stmt_AugAssign(self, node) -> None:
        self.expr(node.target, ast.Store)
        self.expr(node.value, ast.Load)

    def stmt_AnnAssign(self, node) -> None:
        if node.simple and type(node.target) is not ast.Name:
            raise TypeError("AnnAssign with simple non-Name target")
        self.expr(node.target, ast.Store)
        self.optional(node.value)
        self.expr(node.annotation, ast.Load)

    def stmt_TypeAlias(self, node) -> None:
        if type(node.name) is not ast.Name:
            raise TypeError("TypeAlias with non-Name name")
        self.expr(node.name, ast.Store)
        self.type_params(node.type_params)
        self.expr(node.value, ast.Load)

    def stmt_For(self, node) -> None:
        self.expr(node.target, ast.Store)
        self.expr(node.iter, ast.Load)
        self.body(node.body, type(node).__name__)
        self.statements(node.orelse)

    stmt_AsyncFor = stmt_For

    def stmt_While(self, node) -> None:
        self.expr(node.test, ast.Load)
        self.body(node.body, "While")
        self.statements(node.orelse)

    def stmt_If(self, node) -> None:
        self.expr(node.test, ast.Load)
        self.body(node.body, "If")
        self.statements(node.orelse)

    def stmt_With(self, node) -> None:
        owner = type(node).__name__
        self.nonempty(node.items, "items", owner)
        for item in node.items:
            self.expr(item.context_expr, ast.Load)
            self.optional(item.optional_vars, ast.Store)
        self.body(node.body, owner)

    stmt_AsyncWith = stmt_With

    def stmt_Match(self, node) -> None:
        self.expr(node.subject, ast.Load)
        self.nonempty(node.cases, "cases", "Match")
        for case in node.cases:
            self.pattern(case.pattern, star_ok=False)
            self.optional(case.guard)
            self.body(case.body, "match_case")

    def stmt_Raise(self, node) -> None:
        if node.exc is not None:
            self.expr(node.exc, ast.Load)
            self.optional(node.cause)
        elif node.cause is not None:
            raise ValueError("Raise with cause but no exception")

    def stmt_Try(self, node) -> None:
        owner = type(node).__name__
        self.body(node.body, owner)
        if not node.handlers and not node.finalbody:
            raise ValueError(f"{owner} has neither except handlers nor finalbody")
        if not node.handlers and node.orelse:
            raise ValueError(f"{owner} has orelse but no except handlers")
        for handler in node.handlers:
            _check_positions(handler)
            self.optional(handler.type)
            self.body(handler.body, "ExceptHandler")
        self.statements(node.finalbody)
        self.statements(node.orelse)

    stmt_TryStar = stmt_Try

    def stmt_Assert(self, node) -> None:
        self.expr(node.test, ast.Load)
        self.optional(node.msg)

    def stmt_Import(self, node) -> None:
        self.nonempty(node.names, "names", "Import")

    def stmt_ImportFrom(self, node) -> None:
        if node.level is not None and node.level < 0:
            raise ValueError("Negative ImportFrom level")
        self.nonempty(node.names, "names", "ImportFrom")

    def stmt_Global(self, node) -> None:
        self.nonempty(node.names, "names", type(node).__name__)

    stmt_Nonlocal = stmt_Global

    def stmt_Expr(self, node) -> None:
        self.expr(node.value, ast.Load)

    def stmt_Pass(self, node) -> None:
        """Nothing to check (Pass, Break, Continue)."""

    stmt_Break = stmt_Continue = stmt_Pass

    # -- function parts ------------------------------------------------------------------

    def arguments(self, args: ast.arguments) -> None:
        for arg in (*args.posonlyargs, *args.args):
            _check_positions(arg)
            self.optional(arg.annotation)
        if args.vararg is not None:
            self.optional(args.vararg.annotation)
        for arg in args.kwonlyargs:
            _check_positions(arg)
            self.optional(arg.annotation)
        if args.kwarg is not None:
            self.optional(args.kwarg.annotation)
        if len(args.defaults) > len(args.posonlyargs) + len(args.args):
            raise ValueError("more positional defaults than args on arguments")
        if len(args.kw_defaults) != len(args.kwonlyargs):
            raise ValueError("length of kwonlyargs is not the same as kw_defaults on arguments")
        self.exprs(args.defaults, ast.Load, null_ok=False)
        self.exprs(args.kw_defaults, ast.Load, null_ok=True)

    def type_params(self, type_params) -> None:
        for param in type_params:
            _check_positions(param)
            self.name(param.name)
            if type(param) is ast.TypeVar:
                self.optional(param.bound)

    def name(self, identifier: str) -> None:
        if identifier in _CONSTANT_NAMES:
            raise ValueError(f"identifier field can't represent '{identifier}' constant")

    # -- expressions -----------------------------------------------------------------------

    def expr(self, node, context) -> None:
        _check_positions(node)
        kind = type(node)
        own_context = getattr(node, "ctx", None) if kind in _WITH_CONTEXT else None
        if own_context is not None:
            if type(own_context) is not context:
                raise ValueError(f"expression must have {_CONTEXT_NAMES[context]} context but "
                                 f"has {_CONTEXT_NAMES[type(own_context)]} instead")
        elif context is not ast.Load:
            raise ValueError(f"expression which can't be assigned to in "
                             f"{_CONTEXT_NAMES[context]} context")
        method = getattr(self, "expr_" + kind.__name__, None)
        if method is not None:
            method(node)

    def expr_BoolOp(self, node) -> None:
        if len(node.values) < 2:
            raise ValueError("BoolOp with less than 2 values")
        self.exprs(node.values, ast.Load, null_ok=False)

    def expr_BinOp(self, node) -> None:
        self.expr(node.left, ast.Load)
        self.expr(node.right, ast.Load)

    def expr_UnaryOp(self, node) -> None:
        self.expr(node.operand, ast.Load)

    def expr_Lambda(self, node) -> None:
        self.arguments(node.args)
        self.expr(node.body, ast.Load)

    def expr_IfExp(self, node) -> None:
        self.expr(node.test, ast.Load)
        self.expr(node.body, ast.Load)
        self.expr(node.orelse, ast.Load)

    def expr_Dict(self, node) -> None:
        if len(node.keys) != len(node.values):
            raise ValueError("Dict doesn't have the same number of keys as values")
        self.exprs(node.keys, ast.Load, null_ok=True)
        self.exprs(node.values, ast.Load, null_ok=False)

    def expr_Set(self, node) -> None:
        self.exprs(node.elts, ast.Load, null_ok=False)

    def comprehension(self, generators) -> None:
        if not generators:
            raise ValueError("comprehension with no generators")
        for generator in generators:
            self.expr(generator.target, ast.Store)
            self.expr(generator.iter, ast.Load)
            self.exprs(generator.ifs, ast.Load, null_ok=False)

    def expr_ListComp(self, node) -> None:
        self.comprehension(node.generators)
        self.expr(node.elt, ast.Load)

    expr_SetComp = expr_GeneratorExp = expr_ListComp

    def expr_DictComp(self, node) -> None:
        self.comprehension(node.generators)
        self.expr(node.key, ast.Load)
        self.expr(node.value, ast.Load)

    def expr_Yield(self, node) -> None:
        self.optional(node.value)

    def expr_YieldFrom(self, node) -> None:
        self.expr(node.value, ast.Load)

    expr_Await = expr_YieldFrom

    def expr_Compare(self, node) -> None:
        if not node.comparators:
            raise ValueError("Compare with no comparators")
        if len(node.comparators) != len(node.ops):
            raise ValueError("Compare has a different number of comparators and operands")
        self.exprs(node.comparators, ast.Load, null_ok=False)
        self.expr(node.left, ast.Load)

    def expr_Call(self, node) -> None:
        self.expr(node.func, ast.Load)
        self.exprs(node.args, ast.Load, null_ok=False)
        for keyword in node.keywords:
            self.expr(keyword.value, ast.Load)

    def expr_JoinedStr(self, node) -> None:
        self.exprs(node.values, ast.Load, null_ok=False)

    def expr_FormattedValue(self, node) -> None:
        self.expr(node.value, ast.Load)
        self.optional(node.format_spec)

    def expr_Attribute(self, node) -> None:
        self.expr(node.value, ast.Load)

    def expr_Subscript(self, node) -> None:
        self.expr(node.slice, ast.Load)
        self.expr(node.value, ast.Load)

    def expr_Starred(self, node) -> None:
        self.expr(node.value, type(node.ctx))

    def expr_Slice(self, node) -> None:
        self.optional(node.lower)
        self.optional(node.upper)
        self.optional(node.step)

    def expr_List(self, node) -> None:
        self.exprs(node.elts, type(node.ctx), null_ok=False)

    expr_Tuple = expr_List

    def expr_NamedExpr(self, node) -> None:
        if type(node.target) is not ast.Name:
            raise TypeError("NamedExpr target must be a Name")
        self.expr(node.value, ast.Load)

    def expr_Name(self, node) -> None:
        self.name(node.id)

    def expr_Constant(self, node) -> None:
        invalid = _invalid_constant(node.value)
        if invalid is not _VALID:
            raise TypeError(f"got an invalid type in Constant: {type(invalid).__name__}")

    # -- patterns ------------------------------------------------------------------------

    def pattern(self, pattern, star_ok: bool) -> None:
        _check_positions(pattern)
        kind = type(pattern)
        if kind is ast.MatchValue:
            self.match_value(pattern.value)
        elif kind is ast.MatchSingleton:
            if pattern.value not in (None, True, False) or type(pattern.value) is int:
                raise ValueError("MatchSingleton can only contain True, False and None")
        elif kind is ast.MatchSequence:
            for item in pattern.patterns:
                self.pattern(item, star_ok=True)
        elif kind is ast.MatchMapping:
            if len(pattern.keys) != len(pattern.patterns):
                raise ValueError("MatchMapping doesn't have the same number of keys as patterns")
            if pattern.rest is not None:
                self.capture(pattern.rest)
            for key in pattern.keys:
                if type(key) is ast.Constant and (key.value is None or type(key.value) is bool):
                    continue
                self.match_value(key)
            for item in pattern.patterns:
                self.pattern(item, star_ok=False)
        elif kind is ast.MatchClass:
            if len(pattern.kwd_attrs) != len(pattern.kwd_patterns):
                raise ValueError("MatchClass doesn't have the same number of keyword attributes "
                                 "as patterns")
            self.expr(pattern.cls, ast.Load)
            cls = pattern.cls
            while type(cls) is ast.Attribute:
                cls = cls.value
            if type(cls) is not ast.Name:
                raise ValueError("MatchClass cls field can only contain Name or Attribute nodes.")
            for attribute in pattern.kwd_attrs:
                self.name(attribute)
            for item in pattern.patterns:
                self.pattern(item, star_ok=False)
            for item in pattern.kwd_patterns:
                self.pattern(item, star_ok=False)
        elif kind is ast.MatchStar:
            if not star_ok:
                raise ValueError("can't use MatchStar here")
            if pattern.name is not None:
                self.capture(pattern.name)
        elif kind is ast.MatchAs:
            if pattern.name is not None:
                self.capture(pattern.name)
            if pattern.pattern is not None:
                if pattern.name is None:
                    raise ValueError("MatchAs must specify a target name if a pattern is given")
                self.pattern(pattern.pattern, star_ok=False)
        elif kind is ast.MatchOr:
            if len(pattern.patterns) < 2:
                raise ValueError("MatchOr requires at least 2 patterns")
            for item in pattern.patterns:
                self.pattern(item, star_ok=False)

    def capture(self, name: str) -> None:
        if name == "_":
            raise ValueError("can't capture name '_' in patterns")
        self.name(name)

    def match_value(self, node) -> None:
        """A literal or attribute lookup in a pattern (``validate_pattern_match_value``)."""
        self.expr(node, ast.Load)
        kind = type(node)
        if kind is ast.Constant:
            if type(node.value) not in _LITERAL_PATTERN_TYPES:  # no None, bool, ..., tuple
                raise ValueError("unexpected constant inside of a literal pattern")
            return
        if kind is ast.Attribute or kind is ast.JoinedStr:
            return    # the compiler reports an f-string; an attribute is fine
        if kind is ast.UnaryOp and _is_negative_number(node, real=True, imaginary=True):
            return
        if kind is ast.BinOp and _is_complex_literal(node):
            return
        raise ValueError("patterns may only match literals and attribute lookups")


_WITH_CONTEXT = frozenset({ast.Attribute, ast.Subscript, ast.Starred, ast.Name, ast.List,
                           ast.Tuple})


_VALID = object()


def _invalid_constant(value):
    """The value in ``value`` that no literal can have, or ``_VALID`` (``validate_constant``).

    Tuples and frozensets are looked into: the first invalid item, at any
    depth, is the one CPython's error message names.
    """
    if value is None or value is ...:
        return _VALID
    kind = type(value)
    if kind in _CONSTANT_TYPES:
        return _VALID
    if kind is tuple or kind is frozenset:
        for item in value:
            invalid = _invalid_constant(item)
            if invalid is not _VALID:
                return invalid
        return _VALID
    return value


# The constants a literal pattern may hold (True, False and None are MatchSingleton's).
_LITERAL_PATTERN_TYPES = (int, float, complex, str, bytes)


def _is_number(node, real: bool, imaginary: bool) -> bool:
    """``ensure_literal_number``: a Constant holding a real or imaginary number."""
    kind = type(node.value)
    return (real and kind in (int, float)) or (imaginary and kind is complex)


def _is_negative_number(node, real: bool, imaginary: bool) -> bool:
    """``ensure_literal_negative``: ``-`` applied to a number Constant."""
    return (type(node.op) is ast.USub and type(node.operand) is ast.Constant
            and _is_number(node.operand, real, imaginary))


def _is_complex_literal(node) -> bool:
    """``ensure_literal_complex``: a real number (maybe negative) ``+`` or ``-`` an imaginary one."""
    if type(node.op) not in (ast.Add, ast.Sub):
        return False
    left, right = node.left, node.right
    if type(left) is ast.Constant:
        real_left = _is_number(left, real=True, imaginary=False)
    elif type(left) is ast.UnaryOp:
        real_left = _is_negative_number(left, real=True, imaginary=False)
    else:
        return False
    return (real_left and type(right) is ast.Constant
            and _is_number(right, real=False, imaginary=True))


def _check_positions(node) -> None:
    """A node's span must make sense (``VALIDATE_POSITIONS``)."""
    lineno, end_lineno = node.lineno, node.end_lineno
    col_offset, end_col_offset = node.col_offset, node.end_col_offset
    if lineno > end_lineno:
        raise ValueError(f"AST node line range ({lineno}, {end_lineno}) is not valid")
    if (lineno < 0 and end_lineno != lineno) or (col_offset < 0 and col_offset != end_col_offset):
        raise ValueError(f"AST node column range ({col_offset}, {end_col_offset}) for line "
                         f"range ({lineno}, {end_lineno}) is not valid")
    if lineno == end_lineno and col_offset > end_col_offset:
        raise ValueError(f"line {lineno}, column {col_offset}-{end_col_offset} is not a "
                         "valid range")
