"""The AST optimizer: constant folding, exactly as CPython 3.12 does it.

Before generating any bytecode, CPython walks the syntax tree once and replaces
expressions whose value is already known by a ``Constant`` holding that value
(``Python/ast_opt.c``). After it, ``2 * 3`` is the constant ``6``, ``-1`` is
the constant ``-1`` and ``__debug__`` is ``True`` (or ``False`` under ``-O``).

What is folded, and what is deliberately not:

* unary and binary operators whose operands are constants: ``-x``, ``not x``,
  ``~x``, ``+x``, and every binary operator except ``@``. An operation that
  fails (``1/0``) is simply left alone: the error happens at run time, as the
  program says. Operations that could build a huge object are refused: an
  integer over 128 bits, a string or bytes over 4096 items, a tuple over 256
  items (``"a" * 5000`` stays a multiplication);
* tuples of constants (``(1, 2)``) and subscripts of constants (``"abc"[1]``);
* ``not (a is b)`` becomes ``a is not b`` (and ``in``/``not in`` likewise);
* the iterable of a ``for`` loop or comprehension, and the right side of
  ``in``: a list becomes a tuple and a set of constants a frozenset, which
  are cheaper to build;
* ``"%s and %r" % (a, b)`` becomes the f-string ``f"{a!s} and {b!r}"`` when
  the format only uses ``%s``, ``%r`` and ``%a`` with simple widths;
* ``__debug__`` becomes a constant; at optimization level 2 the compiler
  drops docstrings (that happens in the code generator, not here).

Annotations are left alone under ``from __future__ import annotations``, since
they are kept as strings. The tree is changed in place; ``optimize`` returns
it (the root itself is never replaced).
"""

import ast
import operator
import os
import warnings

from clearpy.compiler.recursion import deep_recursion

# Limits from ast_opt.c: never fold into a constant bigger than this.
MAX_INT_SIZE = 128          # bits
MAX_COLLECTION_SIZE = 256   # items
MAX_STR_SIZE = 4096         # characters (or bytes)
MAX_TOTAL_ITEMS = 1024      # items, counting nested tuples and frozensets

# CPython counts nested statements, expressions and patterns while it walks
# the tree and gives up past a limit derived from its C stack size. For a
# compile() called from ordinary Python code the walk fails when the nesting
# reaches this depth (measured on CPython 3.12.1).
RECURSION_LIMIT = 2996
RECURSION_MESSAGE = "maximum recursion depth exceeded during compilation"

CO_FUTURE_ANNOTATIONS = 0x1000000


def optimize(tree: ast.AST, optimize_level: int = 0, future_features: int = 0) -> ast.AST:
    """Fold the constants of ``tree`` (a Module, Expression or Interactive) in place.

    ``optimize_level`` is compile()'s ``optimize`` (0, 1 or 2; ``__debug__`` is
    False from 1 on); ``future_features`` holds the module's CO_FUTURE_* flags.
    """
    folder = _ConstantFolder(optimize_level, bool(future_features & CO_FUTURE_ANNOTATIONS))
    with deep_recursion():
        folder.fold_module(tree)
    return tree


class _NotFoldable(Exception):
    """A folding that CPython refuses (too big, or not a foldable case)."""


def _constant(value, like: ast.AST) -> ast.Constant:
    """A Constant holding ``value``, at the position of the node ``like``."""
    return ast.Constant(value, None, lineno=like.lineno, col_offset=like.col_offset,
                        end_lineno=like.end_lineno, end_col_offset=like.end_col_offset)


def _positionless(node: ast.AST) -> ast.AST:
    """``node`` without a position, as ast_opt.c creates its new pieces (all -1)."""
    node.lineno = node.col_offset = node.end_lineno = node.end_col_offset = -1
    return node


# ----------------------------------------------------------------------------
# Operations with size guards (safe_multiply, safe_power ... in ast_opt.c)

def _check_complexity(value, limit: int) -> int:
    """``limit`` minus the number of items in ``value`` and its nested collections."""
    if isinstance(value, (tuple, frozenset)):
        limit -= len(value)
        for item in value:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
    return limit


def _c_long(value: int) -> int:
    """PyLong_AsLong: the C long value, or an error when it does not fit."""
    if not -(1 << 63) <= value < (1 << 63):
        raise _NotFoldable
    return value


def _safe_multiply(left, right):
    if isinstance(left, int) and isinstance(right, int) and left and right:
        if left.bit_length() + right.bit_length() > MAX_INT_SIZE:
            raise _NotFoldable
    elif isinstance(left, int) and isinstance(right, (tuple, frozenset)):
        size = len(right)
        if size:
            count = _c_long(left)
            if count < 0 or count > MAX_COLLECTION_SIZE // size:
                raise _NotFoldable
            if count and _check_complexity(right, MAX_TOTAL_ITEMS // count) < 0:
                raise _NotFoldable
    elif isinstance(left, int) and isinstance(right, (str, bytes)):
        size = len(right)
        if size:
            count = _c_long(left)
            if count < 0 or count > MAX_STR_SIZE // size:
                raise _NotFoldable
    elif isinstance(right, int) and isinstance(left, (tuple, frozenset, str, bytes)):
        return _safe_multiply(right, left)
    return left * right


def _safe_power(base, exponent):
    if isinstance(base, int) and isinstance(exponent, int) and base and exponent > 0:
        if base.bit_length() > MAX_INT_SIZE // exponent:
            raise _NotFoldable
    return base ** exponent


def _safe_lshift(value, shift):
    if isinstance(value, int) and isinstance(shift, int) and value and shift:
        if shift < 0:                   # PyLong_AsSize_t refuses a negative count
            raise _NotFoldable
        if shift > MAX_INT_SIZE or value.bit_length() > MAX_INT_SIZE - shift:
            raise _NotFoldable
    return value << shift


def _safe_mod(left, right):
    if isinstance(left, (str, bytes)):  # printf-style formatting is never folded
        raise _NotFoldable
    return left % right


_BINARY_FOLDERS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: _safe_multiply,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: _safe_mod,
    ast.Pow: _safe_power,
    ast.LShift: _safe_lshift,
    ast.RShift: operator.rshift,
    ast.BitOr: operator.or_,
    ast.BitXor: operator.xor,
    ast.BitAnd: operator.and_,
    # ast.MatMult: no constant implements ``@``.
}

_UNARY_FOLDERS = {
    ast.Invert: operator.invert,
    ast.Not: operator.not_,
    ast.UAdd: operator.pos,
    ast.USub: operator.neg,
}

_CLEARPY_DIRECTORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_BOOL_INVERSION_DEPRECATED = (
    "Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the "
    "underlying int object and is usually not what you expect from negating a bool. Use the "
    "'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion "
    "of the underlying int.")


def _invert_bool(value: bool) -> int:
    """``~True``: folded, with the DeprecationWarning CPython emits while folding it.

    CPython's warning points at the code that called ``compile()``; Python's
    own ``~True`` would point here, so the warning is issued on the caller's
    behalf (skipping clearpy's frames). If warnings are errors, the exception
    leaves the expression unfolded, as in CPython.
    """
    warnings.warn(_BOOL_INVERSION_DEPRECATED, DeprecationWarning,
                  skip_file_prefixes=(_CLEARPY_DIRECTORY,))
    return ~int(value)


# ``not (a OP b)`` is ``a INVERSE b`` only for these operators: ``==`` and
# ``<`` may be defined in ways that break the rule (sets use ``<`` for subset).
_INVERTED_COMPARISONS = {ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}


# ----------------------------------------------------------------------------
# "%s" % (a,) into an f-string (optimize_format in ast_opt.c)

_FORMAT_FLAGS = "-+ #0"
_MAX_DIGITS = 3   # a width or precision has at most 2 digits


def _parse_literal(fmt: str, pos: int) -> tuple[ast.Constant | None, int]:
    """The literal text from ``pos`` up to the next lone ``%`` (with ``%%`` as ``%``)."""
    start = pos
    size = len(fmt)
    while pos < size:
        if fmt[pos] != "%":
            pos += 1
        elif pos + 1 < size and fmt[pos + 1] == "%":
            pos += 2
        else:
            break
    if pos == start:
        return None, pos
    text = fmt[start:pos].replace("%%", "%")
    return _positionless(ast.Constant(text, None)), pos


def _parse_format_spec(fmt: str, pos: int):
    """Parse ``[flags][width][.precision]conversion`` after a ``%``.

    Returns (conversion, left_justify, width, precision, new_pos), or None for
    a format this optimization does not handle.
    """
    size = len(fmt)
    left_justify = False
    if pos >= size:
        return None
    char = fmt[pos]
    pos += 1
    while char in _FORMAT_FLAGS:
        left_justify |= char == "-"
        if pos >= size:
            return None
        char = fmt[pos]
        pos += 1
    width = precision = -1
    if "0" <= char <= "9":
        number = _parse_number(fmt, pos, char)
        if number is None:
            return None
        width, char, pos = number
    if char == ".":
        if pos >= size:
            return None
        number = _parse_number(fmt, pos + 1, fmt[pos])
        if number is None:
            return None
        precision, char, pos = number
    return char, left_justify, width, precision, pos


def _parse_number(fmt: str, pos: int, char: str):
    """Read the decimal digits starting with ``char`` (``fmt[pos]`` comes next).

    Returns (value, the character after the digits, new_pos), or None when the
    format ends inside the number or the number is too long for this
    optimization. With no digits at all the value is 0 (``%.f`` is ``%.0f``).
    """
    size = len(fmt)
    value, digits = 0, 0
    while "0" <= char <= "9":
        value = value * 10 + ord(char) - ord("0")
        if pos >= size:
            return None
        char = fmt[pos]
        pos += 1
        digits += 1
        if digits >= _MAX_DIGITS:
            return None
    return value, char, pos


def _format_as_fstring(node: ast.BinOp, fmt: str, items: list) -> ast.AST:
    """``fmt % (items...)`` as a JoinedStr, or ``node`` unchanged if not possible."""
    values = []
    pos = 0
    used = 0
    while True:
        literal, pos = _parse_literal(fmt, pos)
        if literal is not None:
            values.append(literal)
        if pos >= len(fmt):
            break
        if used >= len(items):
            return node                      # more format units than items
        parsed = _parse_format_spec(fmt, pos + 1)
        item = items[used]
        used += 1
        if parsed is None or parsed[0] not in "sra":
            return node                      # a format this does not handle
        conversion, left_justify, width, precision, pos = parsed
        spec = ""
        if not left_justify and width > 0:
            spec += ">"
        if width >= 0:
            spec += str(width)
        if precision >= 0:
            spec += f".{precision}"
        format_spec = _positionless(ast.Constant(spec, None)) if spec else None
        values.append(ast.FormattedValue(
            item, ord(conversion), format_spec, lineno=item.lineno, col_offset=item.col_offset,
            end_lineno=item.end_lineno, end_col_offset=item.end_col_offset))
    if used < len(items):
        return node                          # more items than format units
    return ast.JoinedStr(values, lineno=node.lineno, col_offset=node.col_offset,
                         end_lineno=node.end_lineno, end_col_offset=node.end_col_offset)


# ----------------------------------------------------------------------------
# The walk


def _is_docstring(statements: list) -> bool:
    """True if ``statements`` starts with a string constant (``_PyAST_GetDocString``)."""
    if not statements:
        return False
    first = statements[0]
    return (type(first) is ast.Expr and type(first.value) is ast.Constant
            and type(first.value.value) is str)


class _ConstantFolder:
    """One walk over one tree. Each ``fold_*`` method mirrors an ``astfold_*`` of ast_opt.c."""

    def __init__(self, optimize_level: int, annotations_are_strings: bool):
        self.optimize_level = optimize_level
        self.fold_annotations = not annotations_are_strings
        self.depth = 0

    def enter(self) -> None:
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError(RECURSION_MESSAGE)

    # -- modules and statements ------------------------------------------------

    def fold_module(self, module: ast.AST) -> None:
        kind = type(module)
        if kind is ast.Module:
            self.fold_body(module.body)
        elif kind is ast.Interactive:
            self.fold_statements(module.body)
        elif kind is ast.Expression:
            module.body = self.fold_expr(module.body)
        # ast.FunctionType does not take part in folding.

    def fold_body(self, statements: list) -> None:
        """A module, class or function body: keep a folded string from becoming a docstring."""
        had_docstring = _is_docstring(statements)
        self.fold_statements(statements)
        if not had_docstring and _is_docstring(statements):
            first = statements[0]
            first.value = ast.JoinedStr([first.value], lineno=first.lineno,
                                        col_offset=first.col_offset, end_lineno=first.end_lineno,
                                        end_col_offset=first.end_col_offset)

    def fold_statements(self, statements: list) -> None:
        fold = self.fold_stmt
        for statement in statements:
            fold(statement)

    def fold_stmt(self, node: ast.stmt) -> None:
        self.enter()
        _STATEMENT_FOLDERS[type(node)](self, node)
        self.depth -= 1

    def fold_exprs(self, expressions: list) -> None:
        """Fold every expression of a list in place (None entries are skipped)."""
        fold = self.fold_expr
        for index, expression in enumerate(expressions):
            if expression is not None:
                expressions[index] = fold(expression)

    def fold_optional(self, expression):
        return None if expression is None else self.fold_expr(expression)

    def fold_arguments(self, arguments: ast.arguments) -> None:
        if self.fold_annotations:
            for argument in arguments.posonlyargs:
                self.fold_arg(argument)
            for argument in arguments.args:
                self.fold_arg(argument)
            if arguments.vararg is not None:
                self.fold_arg(arguments.vararg)
            for argument in arguments.kwonlyargs:
                self.fold_arg(argument)
        self.fold_exprs(arguments.kw_defaults)
        if self.fold_annotations and arguments.kwarg is not None:
            self.fold_arg(arguments.kwarg)
        self.fold_exprs(arguments.defaults)

    def fold_arg(self, argument: ast.arg) -> None:
        if argument.annotation is not None:
            argument.annotation = self.fold_expr(argument.annotation)

    def fold_type_params(self, type_params: list) -> None:
        for param in type_params:
            if type(param) is ast.TypeVar and param.bound is not None:
                param.bound = self.fold_expr(param.bound)

    def fold_function(self, node) -> None:
        self.fold_type_params(node.type_params)
        self.fold_arguments(node.args)
        self.fold_body(node.body)
        self.fold_exprs(node.decorator_list)
        if self.fold_annotations and node.returns is not None:
            node.returns = self.fold_expr(node.returns)

    def fold_class(self, node: ast.ClassDef) -> None:
        self.fold_type_params(node.type_params)
        self.fold_exprs(node.bases)
        for keyword in node.keywords:
            keyword.value = self.fold_expr(keyword.value)
        self.fold_body(node.body)
        self.fold_exprs(node.decorator_list)

    def fold_return(self, node: ast.Return) -> None:
        node.value = self.fold_optional(node.value)

    def fold_delete(self, node: ast.Delete) -> None:
        self.fold_exprs(node.targets)

    def fold_assign(self, node: ast.Assign) -> None:
        self.fold_exprs(node.targets)
        node.value = self.fold_expr(node.value)

    def fold_augassign(self, node: ast.AugAssign) -> None:
        node.target = self.fold_expr(node.target)
        node.value = self.fold_expr(node.value)

    def fold_annassign(self, node: ast.AnnAssign) -> None:
        node.target = self.fold_expr(node.target)
        if self.fold_annotations:
            node.annotation = self.fold_expr(node.annotation)
        node.value = self.fold_optional(node.value)

    def fold_typealias(self, node: ast.TypeAlias) -> None:
        node.name = self.fold_expr(node.name)
        self.fold_type_params(node.type_params)
        node.value = self.fold_expr(node.value)

    def fold_for(self, node: ast.For) -> None:
        node.target = self.fold_expr(node.target)
        node.iter = self.fold_expr(node.iter)
        self.fold_statements(node.body)
        self.fold_statements(node.orelse)
        node.iter = self.fold_iterable(node.iter)

    def fold_async_for(self, node: ast.AsyncFor) -> None:
        node.target = self.fold_expr(node.target)
        node.iter = self.fold_expr(node.iter)
        self.fold_statements(node.body)
        self.fold_statements(node.orelse)

    def fold_while_or_if(self, node) -> None:
        node.test = self.fold_expr(node.test)
        self.fold_statements(node.body)
        self.fold_statements(node.orelse)

    def fold_with(self, node) -> None:
        for item in node.items:
            item.context_expr = self.fold_expr(item.context_expr)
            item.optional_vars = self.fold_optional(item.optional_vars)
        self.fold_statements(node.body)

    def fold_raise(self, node: ast.Raise) -> None:
        node.exc = self.fold_optional(node.exc)
        node.cause = self.fold_optional(node.cause)

    def fold_try(self, node) -> None:
        self.fold_statements(node.body)
        for handler in node.handlers:
            handler.type = self.fold_optional(handler.type)
            self.fold_statements(handler.body)
        self.fold_statements(node.orelse)
        self.fold_statements(node.finalbody)

    def fold_assert(self, node: ast.Assert) -> None:
        node.test = self.fold_expr(node.test)
        node.msg = self.fold_optional(node.msg)

    def fold_expr_statement(self, node: ast.Expr) -> None:
        node.value = self.fold_expr(node.value)

    def fold_match(self, node: ast.Match) -> None:
        node.subject = self.fold_expr(node.subject)
        for case in node.cases:
            self.fold_pattern(case.pattern)
            case.guard = self.fold_optional(case.guard)
            self.fold_statements(case.body)

    def fold_nothing(self, node) -> None:
        """Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: nothing to fold."""

    # -- patterns --------------------------------------------------------------

    def fold_pattern(self, pattern: ast.pattern) -> None:
        self.enter()
        kind = type(pattern)
        if kind is ast.MatchValue:
            pattern.value = self.fold_expr(pattern.value)
        elif kind is ast.MatchSequence or kind is ast.MatchOr:
            for subpattern in pattern.patterns:
                self.fold_pattern(subpattern)
        elif kind is ast.MatchMapping:
            self.fold_exprs(pattern.keys)
            for subpattern in pattern.patterns:
                self.fold_pattern(subpattern)
        elif kind is ast.MatchClass:
            pattern.cls = self.fold_expr(pattern.cls)
            for subpattern in pattern.patterns:
                self.fold_pattern(subpattern)
            for subpattern in pattern.kwd_patterns:
                self.fold_pattern(subpattern)
        elif kind is ast.MatchAs and pattern.pattern is not None:
            self.fold_pattern(pattern.pattern)
        self.depth -= 1

    # -- expressions -----------------------------------------------------------

    def fold_expr(self, node: ast.expr) -> ast.expr:
        """Fold ``node`` and its children; return what replaces it (often itself)."""
        kind = type(node)
        if kind is ast.Name or kind is ast.Constant:
            # Speed: names and constants, most expressions, have no children, so
            # going one level deeper and back is only the depth check; and only
            # the name ``__debug__`` folds.
            if self.depth >= RECURSION_LIMIT:
                raise RecursionError(RECURSION_MESSAGE)
            if kind is ast.Name and node.id == "__debug__":
                return self.fold_name(node)
            return node
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError(RECURSION_MESSAGE)
        folder = _EXPRESSION_FOLDERS.get(kind)
        if folder is not None:
            node = folder(self, node)
        self.depth -= 1
        return node

    def fold_boolop(self, node: ast.BoolOp) -> ast.expr:
        self.fold_exprs(node.values)
        return node

    def fold_binop(self, node: ast.BinOp) -> ast.expr:
        node.left = left = self.fold_expr(node.left)
        node.right = right = self.fold_expr(node.right)
        if type(left) is not ast.Constant:
            return node
        left_value = left.value
        op = type(node.op)
        if (op is ast.Mod and type(right) is ast.Tuple and isinstance(left_value, str)
                and not any(type(item) is ast.Starred for item in right.elts)):
            return _format_as_fstring(node, left_value, right.elts)
        if type(right) is not ast.Constant:
            return node
        fold = _BINARY_FOLDERS.get(op)
        if fold is None:
            return node
        try:
            value = fold(left_value, right.value)
        except Exception:   # _NotFoldable, ZeroDivisionError, OverflowError ...
            return node
        return _constant(value, node)

    def fold_unaryop(self, node: ast.UnaryOp) -> ast.expr:
        node.operand = operand = self.fold_expr(node.operand)
        op = type(node.op)
        if type(operand) is not ast.Constant:
            if op is ast.Not and type(operand) is ast.Compare and len(operand.ops) == 1:
                inverse = _INVERTED_COMPARISONS.get(type(operand.ops[0]))
                if inverse is not None:
                    operand.ops[0] = inverse()
                    return operand   # the comparison takes the place of the ``not``
            return node
        try:
            if op is ast.Invert and type(operand.value) is bool:
                value = _invert_bool(operand.value)
            else:
                value = _UNARY_FOLDERS[op](operand.value)
        except Exception:
            return node
        return _constant(value, node)

    def fold_lambda(self, node: ast.Lambda) -> ast.expr:
        self.fold_arguments(node.args)
        node.body = self.fold_expr(node.body)
        return node

    def fold_ifexp(self, node: ast.IfExp) -> ast.expr:
        node.test = self.fold_expr(node.test)
        node.body = self.fold_expr(node.body)
        node.orelse = self.fold_expr(node.orelse)
        return node

    def fold_dict(self, node: ast.Dict) -> ast.expr:
        self.fold_exprs(node.keys)
        self.fold_exprs(node.values)
        return node

    def fold_elements(self, node) -> ast.expr:
        """Set and List: fold the elements."""
        self.fold_exprs(node.elts)
        return node

    def fold_comprehensions(self, generators: list) -> None:
        for generator in generators:
            generator.target = self.fold_expr(generator.target)
            generator.iter = self.fold_expr(generator.iter)
            self.fold_exprs(generator.ifs)
            generator.iter = self.fold_iterable(generator.iter)

    def fold_single_element_comprehension(self, node) -> ast.expr:
        """ListComp, SetComp and GeneratorExp."""
        node.elt = self.fold_expr(node.elt)
        self.fold_comprehensions(node.generators)
        return node

    def fold_dictcomp(self, node: ast.DictComp) -> ast.expr:
        node.key = self.fold_expr(node.key)
        node.value = self.fold_expr(node.value)
        self.fold_comprehensions(node.generators)
        return node

    def fold_value(self, node) -> ast.expr:
        """Await, YieldFrom, Attribute, Starred, NamedExpr: fold ``value``."""
        node.value = self.fold_expr(node.value)
        return node

    def fold_yield(self, node: ast.Yield) -> ast.expr:
        node.value = self.fold_optional(node.value)
        return node

    def fold_compare(self, node: ast.Compare) -> ast.expr:
        node.left = self.fold_expr(node.left)
        comparators = node.comparators
        self.fold_exprs(comparators)
        if type(node.ops[-1]) in (ast.In, ast.NotIn):
            comparators[-1] = self.fold_iterable(comparators[-1])
        return node

    def fold_call(self, node: ast.Call) -> ast.expr:
        node.func = self.fold_expr(node.func)
        self.fold_exprs(node.args)
        for keyword in node.keywords:
            keyword.value = self.fold_expr(keyword.value)
        return node

    def fold_formatted_value(self, node: ast.FormattedValue) -> ast.expr:
        node.value = self.fold_expr(node.value)
        node.format_spec = self.fold_optional(node.format_spec)
        return node

    def fold_joined_str(self, node: ast.JoinedStr) -> ast.expr:
        self.fold_exprs(node.values)
        return node

    def fold_subscript(self, node: ast.Subscript) -> ast.expr:
        node.value = value = self.fold_expr(node.value)
        node.slice = index = self.fold_expr(node.slice)
        if (type(node.ctx) is not ast.Load or type(value) is not ast.Constant
                or type(index) is not ast.Constant):
            return node
        try:
            result = value.value[index.value]
        except Exception:
            return node
        return _constant(result, node)

    def fold_slice(self, node: ast.Slice) -> ast.expr:
        node.lower = self.fold_optional(node.lower)
        node.upper = self.fold_optional(node.upper)
        node.step = self.fold_optional(node.step)
        return node

    def fold_tuple(self, node: ast.Tuple) -> ast.expr:
        elements = node.elts
        self.fold_exprs(elements)
        if type(node.ctx) is not ast.Load:
            return node
        values = _constant_values(elements)
        if values is None:
            return node
        return _constant(tuple(values), node)

    def fold_name(self, node: ast.Name) -> ast.expr:
        if node.id == "__debug__" and type(node.ctx) is ast.Load:
            return _constant(not self.optimize_level, node)
        return node

    def fold_iterable(self, node: ast.expr) -> ast.expr:
        """What a loop iterates over: a list becomes a tuple, a constant set a frozenset."""
        kind = type(node)
        if kind is ast.List:
            if any(type(element) is ast.Starred for element in node.elts):
                return node
            values = _constant_values(node.elts)
            if values is not None:
                return _constant(tuple(values), node)
            return ast.Tuple(node.elts, node.ctx, lineno=node.lineno, col_offset=node.col_offset,
                             end_lineno=node.end_lineno, end_col_offset=node.end_col_offset)
        if kind is ast.Set:
            values = _constant_values(node.elts)
            if values is not None:
                try:
                    return _constant(frozenset(values), node)
                except Exception:       # an unhashable constant cannot be in a set
                    return node
        return node


def _constant_values(elements: list) -> list | None:
    """The values of ``elements`` if every one is a Constant, else None."""
    values = []
    for element in elements:
        if type(element) is not ast.Constant:
            return None
        values.append(element.value)
    return values


def _keep(folder, node):
    return node


_STATEMENT_FOLDERS = {
    ast.FunctionDef: _ConstantFolder.fold_function,
    ast.AsyncFunctionDef: _ConstantFolder.fold_function,
    ast.ClassDef: _ConstantFolder.fold_class,
    ast.Return: _ConstantFolder.fold_return,
    ast.Delete: _ConstantFolder.fold_delete,
    ast.Assign: _ConstantFolder.fold_assign,
    ast.AugAssign: _ConstantFolder.fold_augassign,
    ast.AnnAssign: _ConstantFolder.fold_annassign,
    ast.TypeAlias: _ConstantFolder.fold_typealias,
    ast.For: _ConstantFolder.fold_for,
    ast.AsyncFor: _ConstantFolder.fold_async_for,
    ast.While: _ConstantFolder.fold_while_or_if,
    ast.If: _ConstantFolder.fold_while_or_if,
    ast.With: _ConstantFolder.fold_with,
    ast.AsyncWith: _ConstantFolder.fold_with,
    ast.Raise: _ConstantFolder.fold_raise,
    ast.Try: _ConstantFolder.fold_try,
    ast.TryStar: _ConstantFolder.fold_try,
    ast.Assert: _ConstantFolder.fold_assert,
    ast.Expr: _ConstantFolder.fold_expr_statement,
    ast.Match: _ConstantFolder.fold_match,
    ast.Import: _ConstantFolder.fold_nothing,
    ast.ImportFrom: _ConstantFolder.fold_nothing,
    ast.Global: _ConstantFolder.fold_nothing,
    ast.Nonlocal: _ConstantFolder.fold_nothing,
    ast.Pass: _ConstantFolder.fold_nothing,
    ast.Break: _ConstantFolder.fold_nothing,
    ast.Continue: _ConstantFolder.fold_nothing,
}

_EXPRESSION_FOLDERS = {
    ast.BoolOp: _ConstantFolder.fold_boolop,
    ast.BinOp: _ConstantFolder.fold_binop,
    ast.UnaryOp: _ConstantFolder.fold_unaryop,
    ast.Lambda: _ConstantFolder.fold_lambda,
    ast.IfExp: _ConstantFolder.fold_ifexp,
    ast.Dict: _ConstantFolder.fold_dict,
    ast.Set: _ConstantFolder.fold_elements,
    ast.ListComp: _ConstantFolder.fold_single_element_comprehension,
    ast.SetComp: _ConstantFolder.fold_single_element_comprehension,
    ast.DictComp: _ConstantFolder.fold_dictcomp,
    ast.GeneratorExp: _ConstantFolder.fold_single_element_comprehension,
    ast.Await: _ConstantFolder.fold_value,
    ast.Yield: _ConstantFolder.fold_yield,
    ast.YieldFrom: _ConstantFolder.fold_value,
    ast.Compare: _ConstantFolder.fold_compare,
    ast.Call: _ConstantFolder.fold_call,
    ast.FormattedValue: _ConstantFolder.fold_formatted_value,
    ast.JoinedStr: _ConstantFolder.fold_joined_str,
    ast.Attribute: _ConstantFolder.fold_value,
    ast.Subscript: _ConstantFolder.fold_subscript,
    ast.Starred: _ConstantFolder.fold_value,
    ast.Slice: _ConstantFolder.fold_slice,
    ast.List: _ConstantFolder.fold_elements,
    ast.Tuple: _ConstantFolder.fold_tuple,
    ast.Name: _ConstantFolder.fold_name,
    ast.NamedExpr: _ConstantFolder.fold_value,
    ast.Constant: _keep,
}
