"""compile() of hand-made syntax trees: what CPython refuses, and how it says so.

Found by CPython's test_ast run with clearpy's ``compile()``:

* ``Constant((1, 2, int))``: CPython names the invalid item ("invalid type in
  Constant: type"), clearpy named the tuple;
* an instance of the abstract ``ast.expr`` is "no sort of expr" (TypeError);
  clearpy crashed with a KeyError;
* a literal pattern (``case 1:``) may hold an int, float, complex, str or
  bytes constant, a negative number or a complex literal (``-1``, ``1 + 2j``);
  clearpy let ``MatchValue(Constant((1, 2, 3)))`` through, and all unary
  and binary operations.
"""

import ast

import pytest

from regression_compare import assert_compiles_alike


def expression(value):
    return ast.fix_missing_locations(ast.Expression(body=value))


class Tuple(tuple):
    pass


CONSTANTS = [int, (1, 2, int), frozenset((1, 2, int)), (1, (2, int)), (1, [2]), [1], {1: 2},
             Tuple((1,)), (Tuple((1,)),), object(), (1, object), (1, 2.5, "x", b"y", None, ...)]


@pytest.mark.parametrize("value", CONSTANTS,
                         ids=lambda value: "object()" if type(value) is object else repr(value))
def test_invalid_constants_are_named_as_cpython_names_them(value):
    assert_compiles_alike(expression(ast.Constant(value)), "eval")


def test_an_abstract_node_is_no_sort_of_node():
    position = dict(lineno=2, col_offset=3)
    for tree, mode in [
        (ast.Module([ast.Expr(ast.expr(**position), **position)], []), "exec"),
        (ast.Module([ast.Expr(ast.expr(), **position)], []), "exec"),  # no position: said first
        (ast.Module([ast.stmt(**position)], []), "exec"),
        (expression(ast.BinOp(ast.Constant(1), ast.operator(), ast.Constant(2))), "eval"),
        (expression(ast.Name("x", ast.expr_context())), "eval"),
    ]:
        assert_compiles_alike(tree, mode)


def number(value):
    return ast.Constant(value)


def minus(operand):
    return ast.UnaryOp(ast.USub(), operand)


PATTERN_VALUES = [
    number(1), number(1.5), number(2j), number("s"), number(b"b"), number(True), number(None),
    number(...), number((1, 2, 3)), number(frozenset({1})),
    minus(number(1)), minus(number(1.5)), minus(number(2j)), minus(number("s")),
    minus(minus(number(1))), ast.UnaryOp(ast.UAdd(), number(1)), ast.UnaryOp(ast.Not(), number(1)),
    ast.BinOp(number(1), ast.Add(), number(2j)), ast.BinOp(minus(number(1)), ast.Sub(), number(2j)),
    ast.BinOp(number(1), ast.Mult(), number(2j)), ast.BinOp(number(1j), ast.Add(), number(2j)),
    ast.BinOp(number(1), ast.Add(), number(2)), ast.BinOp(number(1), ast.Add(), minus(number(2j))),
    ast.BinOp(ast.Name("x", ast.Load()), ast.Add(), number(2j)),
    ast.Attribute(ast.Name("a", ast.Load()), "b", ast.Load()), ast.Name("x", ast.Load()),
    ast.JoinedStr([number("s")]),
]


@pytest.mark.parametrize("value", PATTERN_VALUES, ids=ast.dump)
def test_literal_patterns_allow_what_cpython_allows(value):
    for pattern in (ast.MatchValue(value), ast.MatchMapping([value], [ast.MatchAs()])):
        match = ast.Match(ast.Name("x", ast.Load()),
                          [ast.match_case(pattern, body=[ast.Pass()])])
        assert_compiles_alike(ast.fix_missing_locations(ast.Module([match], [])))
