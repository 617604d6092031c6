"""Annotations as strings, for ``from __future__ import annotations`` (PEP 563).

Under that future import, ``def f(x: list[int]) -> None`` does not evaluate
its annotations: the compiler turns each annotation back into source text and
stores the string (``"list[int]"``). The text is not the original source: it
is regenerated from the AST by CPython's small C unparser
(``Python/ast_unparse.c``), with its own spacing and parenthesization rules,
which ``ast.unparse`` does not always share. This module reproduces that
unparser, so that the strings are exactly CPython's.

Parentheses are added from operator precedence: each construct is written at a
*level*, and wrapped in parentheses when it binds less tightly than the
context asks for.
"""

import ast
import sys

# Precedence levels, loosest first (ast_unparse.c's PR_*).
PR_TUPLE = 0
PR_TEST = 1       # if-else, lambda
PR_OR = 2
PR_AND = 3
PR_NOT = 4
PR_CMP = 5
PR_EXPR = 6
PR_BOR = PR_EXPR
PR_BXOR = 7
PR_BAND = 8
PR_SHIFT = 9
PR_ARITH = 10
PR_TERM = 11
PR_FACTOR = 12
PR_POWER = 13
PR_AWAIT = 14
PR_ATOM = 15

_BINARY = {
    ast.Add: (" + ", PR_ARITH), ast.Sub: (" - ", PR_ARITH), ast.Mult: (" * ", PR_TERM),
    ast.MatMult: (" @ ", PR_TERM), ast.Div: (" / ", PR_TERM), ast.Mod: (" % ", PR_TERM),
    ast.LShift: (" << ", PR_SHIFT), ast.RShift: (" >> ", PR_SHIFT), ast.BitOr: (" | ", PR_BOR),
    ast.BitXor: (" ^ ", PR_BXOR), ast.BitAnd: (" & ", PR_BAND), ast.FloorDiv: (" // ", PR_TERM),
    ast.Pow: (" ** ", PR_POWER),
}
_UNARY = {ast.Invert: ("~", PR_FACTOR), ast.Not: ("not ", PR_NOT), ast.UAdd: ("+", PR_FACTOR),
          ast.USub: ("-", PR_FACTOR)}
_COMPARE = {ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ",
            ast.GtE: " >= ", ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ",
            ast.NotIn: " not in "}
_CONVERSIONS = {ord("a"): "!a", ord("r"): "!r", ord("s"): "!s"}

# An infinite float is written as a literal that overflows back to infinity.
_INFINITY_TEXT = f"1e{sys.float_info.max_10_exp + 1}"


def annotation_string(node: ast.expr) -> str:
    """The source text CPython stores for an annotation (``_PyAST_ExprAsUnicode``)."""
    parts: list[str] = []
    _Unparser(parts).expr(node, PR_TEST)
    return "".join(parts)


def _repr(value) -> str:
    text = repr(value)
    if (type(value) is float and value in (float("inf"), float("-inf"))) or type(value) is complex:
        text = text.replace("inf", _INFINITY_TEXT)
    return text


def _constant_text(value) -> str:
    if type(value) is tuple:
        inner = ", ".join(_constant_text(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return _repr(value)


class _Unparser:
    """Writes expressions into ``parts`` (a list of strings joined at the end)."""

    def __init__(self, parts: list):
        self.parts = parts
        self.write = parts.append

    def expr(self, node, level: int) -> None:
        getattr(self, "write_" + type(node).__name__)(node, level)

    def open_if(self, condition: bool) -> None:
        if condition:
            self.write("(")

    def close_if(self, condition: bool) -> None:
        if condition:
            self.write(")")

    def write_BoolOp(self, node, level) -> None:
        is_and = type(node.op) is ast.And
        operator, precedence = (" and ", PR_AND) if is_and else (" or ", PR_OR)
        self.open_if(level > precedence)
        for index, value in enumerate(node.values):
            if index:
                self.write(operator)
            self.expr(value, precedence + 1)
        self.close_if(level > precedence)

    def write_BinOp(self, node, level) -> None:
        operator, precedence = _BINARY[type(node.op)]
        right_associative = type(node.op) is ast.Pow
        self.open_if(level > precedence)
        self.expr(node.left, precedence + right_associative)
        self.write(operator)
        self.expr(node.right, precedence + (not right_associative))
        self.close_if(level > precedence)

    def write_UnaryOp(self, node, level) -> None:
        operator, precedence = _UNARY[type(node.op)]
        self.open_if(level > precedence)
        self.write(operator)
        self.expr(node.operand, precedence)
        self.close_if(level > precedence)

    def write_arg(self, arg: ast.arg) -> None:
        self.write(arg.arg)
        if arg.annotation is not None:
            self.write(": ")
            self.expr(arg.annotation, PR_TEST)

    def write_arguments(self, args: ast.arguments) -> None:
        first = True

        def separator():
            nonlocal first
            if not first:
                self.write(", ")
            first = False

        positional = args.posonlyargs + args.args
        posonly_count = len(args.posonlyargs)
        default_count = len(args.defaults)
        for index, arg in enumerate(positional):
            separator()
            self.write_arg(arg)
            default_index = index - len(positional) + default_count
            if default_index >= 0:
                self.write("=")
                self.expr(args.defaults[default_index], PR_TEST)
            if posonly_count and index + 1 == posonly_count:
                self.write(", /")
        if args.vararg is not None or args.kwonlyargs:
            separator()
            self.write("*")
            if args.vararg is not None:
                self.write_arg(args.vararg)
        kw_default_count = len(args.kw_defaults)
        for index, arg in enumerate(args.kwonlyargs):
            separator()
            self.write_arg(arg)
            default_index = index - len(args.kwonlyargs) + kw_default_count
            if default_index >= 0:
                default = args.kw_defaults[default_index]
                if default is not None:
                    self.write("=")
                    self.expr(default, PR_TEST)
        if args.kwarg is not None:
            separator()
            self.write("**")
            self.write_arg(args.kwarg)

    def write_Lambda(self, node, level) -> None:
        self.open_if(level > PR_TEST)
        positional = len(node.args.args) + len(node.args.posonlyargs)
        self.write("lambda " if positional else "lambda")
        self.write_arguments(node.args)
        self.write(": ")
        self.expr(node.body, PR_TEST)
        self.close_if(level > PR_TEST)

    def write_IfExp(self, node, level) -> None:
        self.open_if(level > PR_TEST)
        self.expr(node.body, PR_TEST + 1)
        self.write(" if ")
        self.expr(node.test, PR_TEST + 1)
        self.write(" else ")
        self.expr(node.orelse, PR_TEST)
        self.close_if(level > PR_TEST)

    def write_Dict(self, node, level) -> None:
        self.write("{")
        for index, (key, value) in enumerate(zip(node.keys, node.values)):
            if index:
                self.write(", ")
            if key is not None:
                self.expr(key, PR_TEST)
                self.write(": ")
                self.expr(value, PR_TEST)
            else:
                self.write("**")
                self.expr(value, PR_EXPR)
        self.write("}")

    def write_elements(self, opening: str, elements, closing: str) -> None:
        self.write(opening)
        for index, element in enumerate(elements):
            if index:
                self.write(", ")
            self.expr(element, PR_TEST)
        self.write(closing)

    def write_Set(self, node, level) -> None:
        self.write_elements("{", node.elts, "}")

    def write_List(self, node, level) -> None:
        self.write_elements("[", node.elts, "]")

    def write_Tuple(self, node, level) -> None:
        if not node.elts:
            self.write("()")
            return
        self.open_if(level > PR_TUPLE)
        for index, element in enumerate(node.elts):
            if index:
                self.write(", ")
            self.expr(element, PR_TEST)
        if len(node.elts) == 1:
            self.write(",")
        self.close_if(level > PR_TUPLE)

    def write_comprehensions(self, generators) -> None:
        for generator in generators:
            self.write(" async for " if generator.is_async else " for ")
            self.expr(generator.target, PR_TUPLE)
            self.write(" in ")
            self.expr(generator.iter, PR_TEST + 1)
            for condition in generator.ifs:
                self.write(" if ")
                self.expr(condition, PR_TEST + 1)

    def write_GeneratorExp(self, node, level=None) -> None:
        self.write("(")
        self.expr(node.elt, PR_TEST)
        self.write_comprehensions(node.generators)
        self.write(")")

    def write_ListComp(self, node, level) -> None:
        self.write("[")
        self.expr(node.elt, PR_TEST)
        self.write_comprehensions(node.generators)
        self.write("]")

    def write_SetComp(self, node, level) -> None:
        self.write("{")
        self.expr(node.elt, PR_TEST)
        self.write_comprehensions(node.generators)
        self.write("}")

    def write_DictComp(self, node, level) -> None:
        self.write("{")
        self.expr(node.key, PR_TEST)
        self.write(": ")
        self.expr(node.value, PR_TEST)
        self.write_comprehensions(node.generators)
        self.write("}")

    def write_Compare(self, node, level) -> None:
        self.open_if(level > PR_CMP)
        self.expr(node.left, PR_CMP + 1)
        for op, comparator in zip(node.ops, node.comparators):
            self.write(_COMPARE[type(op)])
            self.expr(comparator, PR_CMP + 1)
        self.close_if(level > PR_CMP)

    def write_Call(self, node, level) -> None:
        self.expr(node.func, PR_ATOM)
        if len(node.args) == 1 and not node.keywords and type(node.args[0]) is ast.GeneratorExp:
            self.write_GeneratorExp(node.args[0])     # f(x for x in y)
            return
        self.write("(")
        first = True
        for argument in node.args:
            if not first:
                self.write(", ")
            first = False
            self.expr(argument, PR_TEST)
        for keyword in node.keywords:
            if not first:
                self.write(", ")
            first = False
            if keyword.arg is None:
                self.write("**")
            else:
                self.write(keyword.arg)
                self.write("=")
            self.expr(keyword.value, PR_TEST)
        self.write(")")

    # -- f-strings ---------------------------------------------------------------------

    def fstring_element(self, node, is_format_spec: bool) -> None:
        kind = type(node)
        if kind is ast.Constant:
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif kind is ast.JoinedStr:
            self.joined_str(node, is_format_spec)
        elif kind is ast.FormattedValue:
            self.write_FormattedValue(node, None)
        else:
            raise SystemError("unknown expression kind inside f-string")

    def joined_str(self, node, is_format_spec: bool) -> None:
        body: list[str] = []
        inner = _Unparser(body)
        for value in node.values:
            inner.fstring_element(value, is_format_spec)
        text = "".join(body)
        if is_format_spec:
            self.write(text)
        else:
            self.write("f")
            self.write(_repr(text))

    def write_JoinedStr(self, node, level) -> None:
        self.joined_str(node, False)

    def write_FormattedValue(self, node, level) -> None:
        value: list[str] = []
        _Unparser(value).expr(node.value, PR_TEST + 1)
        text = "".join(value)
        # An expression starting with a brace is set apart from the outer one.
        self.write("{ " if text.startswith("{") else "{")
        self.write(text)
        if node.conversion > 0:
            conversion = _CONVERSIONS.get(node.conversion)
            if conversion is None:
                raise SystemError("unknown f-value conversion kind")
            self.write(conversion)
        if node.format_spec is not None:
            self.write(":")
            self.fstring_element(node.format_spec, True)
        self.write("}")

    # -- atoms and targets -------------------------------------------------------------

    def write_Constant(self, node, level) -> None:
        if node.value is ...:
            self.write("...")
            return
        if node.kind is not None:
            self.write(node.kind)
        self.write(_constant_text(node.value))

    def write_Attribute(self, node, level) -> None:
        value = node.value
        self.expr(value, PR_ATOM)
        # ``1 .real``: an integer needs a space before its attribute's dot.
        if type(value) is ast.Constant and type(value.value) is int:
            self.write(" .")
        else:
            self.write(".")
        self.write(node.attr)

    def write_Slice(self, node, level) -> None:
        if node.lower is not None:
            self.expr(node.lower, PR_TEST)
        self.write(":")
        if node.upper is not None:
            self.expr(node.upper, PR_TEST)
        if node.step is not None:
            self.write(":")
            self.expr(node.step, PR_TEST)

    def write_Subscript(self, node, level) -> None:
        self.expr(node.value, PR_ATOM)
        index_level = PR_TUPLE
        index = node.slice
        if type(index) is ast.Tuple and any(type(e) is ast.Starred for e in index.elts):
            index_level += 1
        self.write("[")
        self.expr(index, index_level)
        self.write("]")

    def write_Starred(self, node, level) -> None:
        self.write("*")
        self.expr(node.value, PR_EXPR)

    def write_Yield(self, node, level) -> None:
        if node.value is None:
            self.write("(yield)")
            return
        self.write("(yield ")
        self.expr(node.value, PR_TEST)
        self.write(")")

    def write_YieldFrom(self, node, level) -> None:
        self.write("(yield from ")
        self.expr(node.value, PR_TEST)
        self.write(")")

    def write_Await(self, node, level) -> None:
        self.open_if(level > PR_AWAIT)
        self.write("await ")
        self.expr(node.value, PR_ATOM)
        self.close_if(level > PR_AWAIT)

    def write_NamedExpr(self, node, level) -> None:
        self.open_if(level > PR_TUPLE)
        self.expr(node.target, PR_ATOM)
        self.write(" := ")
        self.expr(node.value, PR_ATOM)
        self.close_if(level > PR_TUPLE)

    def write_Name(self, node, level) -> None:
        self.write(node.id)
