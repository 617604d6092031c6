"""The AST optimizer against CPython's constant folding.

CPython 3.12 cannot hand out its optimized AST (``PyCF_OPTIMIZED_AST`` came
in 3.13), but its code generator shows the result: an expression that was
folded compiles, in ``eval`` mode, to a single ``LOAD_CONST``. For each
expression below, clearpy's optimizer must fold exactly when CPython does,
to the same value (1 and 1.0 and True kept apart, -0.0 apart from 0.0).
"""

import ast
import warnings

import _testinternalcapi
import pytest

from clearpy.compiler.ast_optimizer import RECURSION_LIMIT, optimize
from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.conformance.compile import constant_signature

LOAD_CONST = 100
RETURN_VALUE = 83

EXPRESSIONS = [
    # arithmetic on every operator
    "1 + 2", "1 - 2", "2 * 3", "7 / 2", "7 // 2", "7 % 3", "2 ** 10", "1 << 4", "256 >> 2",
    "6 | 1", "6 ^ 3", "6 & 3", "a @ b", "1.5 + 2", "1j * 1j", "True + True", "-0.0 * 1",
    "'a' + 'b'", "b'a' + b'b'", "(1,) + (2,)", "'%s' % 'x'", "b'%s' % b'x'",
    # unary
    "-1", "+1", "~1", "not 1", "not 0", "-True", "~True", "-(-1)", "not ()", "-'a'",
    # the size limits
    "'a' * 4096", "'a' * 4097", "'ab' * 2048", "'ab' * 2049", "b'x' * 5000", "(1,) * 256",
    "(1,) * 257", "(1, 2) * 128", "(1, 2) * 129", "((1, 2),) * 200", "2 ** 127", "2 ** 128",
    "3 ** 80", "1 << 127", "1 << 128", "-1 << 127", "2 ** -1", "0 ** 1000", "5 ** 0",
    "(2 ** 64) * (2 ** 64)", "(2 ** 100) * (2 ** 30)", "'x' * -1", "(1,) * -5",
    "10 ** 10 ** 10", "1 << -1", "2 ** 0.5", "2.0 ** 1000", "2.0 ** 10000",
    # errors at run time are not folded
    "1 / 0", "1 // 0", "1 % 0", "'a' + 1", "() - ()", "[1][0]",
    # subscripts, tuples
    "(1, 2, 3)[1]", "'abc'[0]", "'abc'[5]", "(1, 2)[-1]", "b'abc'[1]", "(1, (2, 3))",
    "(1, a)", "()", "(1,)", "'abc'[1:]", "(1, 2)[True]",
    # names
    "__debug__", "x", "None", "...",
    # mixed
    "(1 + 2) * (3 - 4)", "-(1 << 3) + ~2", "('a' * 3)[1]", "not (1 is 2)",
    "1 if 2 else 3", "1 and 2", "[1, 2]", "{1: 2}", "{1, 2}", "f'{1}'",
]


def cpython_folded(source: str, optimize_level: int = 0):
    """CPython's folded value for ``source``, or a marker when it stays an expression."""
    tree = ast.parse(source, mode="eval")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        instructions, metadata = _testinternalcapi.compiler_codegen(tree, "e", optimize_level, 1)
    body = instructions[1:]      # after RESUME
    if len(body) == 2 and body[0][0] == LOAD_CONST and body[1][0] == RETURN_VALUE:
        consts = {index: key for key, index in metadata["consts"].items()}
        key = consts[body[0][1]]
        return constant_signature(key[1] if type(key) is tuple else key)
    return "not folded"


def clearpy_folded(source: str, optimize_level: int = 0):
    tree = ast.parse(source, mode="eval")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        optimize(tree, optimize_level, 0)
    if type(tree.body) is ast.Constant:
        return constant_signature(tree.body.value)
    return "not folded"


@pytest.mark.parametrize("source", EXPRESSIONS)
def test_folds_like_cpython(source):
    assert clearpy_folded(source) == cpython_folded(source)


@pytest.mark.parametrize("level", [0, 1, 2])
def test_debug_depends_on_the_optimization_level(level):
    assert clearpy_folded("__debug__", level) == cpython_folded("__debug__", level)


def test_not_of_identity_and_membership_comparisons_is_inverted():
    for source, op in [("not a is b", ast.IsNot), ("not a is not b", ast.Is),
                       ("not a in b", ast.NotIn), ("not a not in b", ast.In)]:
        tree = ast.parse(source, mode="eval")
        optimize(tree)
        assert type(tree.body) is ast.Compare and type(tree.body.ops[0]) is op
    for source in ["not a == b", "not a < b", "not a is b is c"]:
        tree = ast.parse(source, mode="eval")
        optimize(tree)
        assert type(tree.body) is ast.UnaryOp


def test_printf_formatting_becomes_an_fstring():
    tree = ast.parse("'%s and %-3r, %5.2a' % (x, y, z)", mode="eval")
    optimize(tree)
    assert ast.unparse(tree) == "f'{x!s} and {y!r:3}, {z!a:>5.2}'"
    for unchanged in ["'%d' % (x,)", "'%s %s' % (x,)", "'%s' % (x, y)", "'%s' % (*x,)",
                      "'%s' % x", "'%123s' % (x,)", "'%' % (x,)"]:
        tree = ast.parse(unchanged, mode="eval")
        optimize(tree)
        assert type(tree.body) is ast.BinOp, unchanged


def test_iterables_of_loops_become_tuples_and_frozensets():
    tree = ast.parse("for x in [1, 2]: pass\nfor y in {1, 2}: pass\nfor z in [a, b]: pass\n"
                     "if q in [a, *b]: pass")
    optimize(tree)
    first, second, third, fourth = tree.body
    assert first.iter.value == (1, 2)
    assert second.iter.value == frozenset({1, 2})
    assert type(third.iter) is ast.Tuple
    assert type(fourth.test.comparators[0]) is ast.List


def test_annotations_are_left_alone_under_future_annotations():
    source = "def f(x: 1 + 1) -> 2 * 2: pass"
    tree = ast.parse(source)
    optimize(tree, 0, 0x1000000)
    function = tree.body[0]
    assert type(function.args.args[0].annotation) is ast.BinOp
    assert type(function.returns) is ast.BinOp
    tree = ast.parse(source)
    optimize(tree)
    assert type(tree.body[0].returns) is ast.Constant


def test_a_folded_string_does_not_become_a_docstring():
    for source in ["'a' + 'b'\n", "def f():\n    'a' 'b' * 2\n"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = compile(source, "f", "exec", dont_inherit=True)
            got = clearpy_compile(source, "f", "exec", dont_inherit=True)
        assert got.co_consts == expected.co_consts
        assert got.co_code == expected.co_code


def _nested_negations(count: int) -> ast.Module:
    """``-(-(...x))`` with ``count`` minus signs, built directly (no parser limit)."""
    where = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
    expression = ast.Name("x", ast.Load(), **where)
    for _ in range(count):
        expression = ast.UnaryOp(ast.USub(), expression, **where)
    return ast.Module([ast.Expr(expression, **where)], [])


def test_deep_trees_hit_cpythons_recursion_limit():
    """CPython gives up past 2996 nested statements and expressions (measured for a
    compile() called from module level: ``"-" * 2994 + "x"`` compiles, one more
    minus sign does not)."""
    # An expression statement: 1 statement + 2994 operators + the name = 2996 levels.
    optimize(_nested_negations(RECURSION_LIMIT - 2))
    with pytest.raises(RecursionError, match="maximum recursion depth exceeded during "
                                             "compilation"):
        optimize(_nested_negations(RECURSION_LIMIT - 1))


def test_folding_inverted_bool_warns_like_cpython():
    """``~True`` is folded with a DeprecationWarning pointing at compile()'s caller."""

    def outcome(compiler, action):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter(action)
            try:
                code = compiler("x = ~True", "f", "exec", dont_inherit=True)
            except DeprecationWarning:
                return "raised"
        return code.co_consts, [(w.category, str(w.message), w.filename) for w in caught]

    for action in ("always", "error", "ignore"):
        assert outcome(clearpy_compile, action) == outcome(compile, action)
