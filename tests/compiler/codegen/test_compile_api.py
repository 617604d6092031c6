"""``clearpy.compile`` behaves like the built-in ``compile()``: arguments, modes, flags.

Each test runs the same call through both and compares what comes out: the
code object (field by field, nested ones included), the returned AST, or the
exception (class and message).
"""

import __future__
import ast
import pathlib
import warnings

import pytest

import clearpy
from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.conformance.compile import compare_code_trees


def outcome(compiler, *args, **kwargs):
    """What a call gives: ('code', code) / ('ast', dump) / ('error', class, message)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = compiler(*args, **kwargs)
        except Exception as error:
            return ("error", type(error).__name__, str(error))
    if isinstance(result, ast.AST):
        return ("ast", ast.dump(result, include_attributes=True))
    return ("code", result)


def assert_same(*args, **kwargs):
    ours = outcome(clearpy_compile, *args, **kwargs)
    theirs = outcome(compile, *args, **kwargs)
    if ours[0] == "code" and theirs[0] == "code":
        differences = []
        compare_code_trees(ours[1], theirs[1], differences)
        assert differences == []
    else:
        assert ours == theirs


def test_clearpy_compile_is_the_public_entry_point():
    assert clearpy.compile is clearpy_compile
    namespace = {}
    exec(clearpy.compile("x = [i * i for i in range(4)]", "<string>", "exec"), namespace)
    assert namespace["x"] == [0, 1, 4, 9]


@pytest.mark.parametrize("source, mode", [
    ("x = 1\nprint(x)", "exec"),
    ("1 + 2", "eval"),
    ("x = 1", "single"),
    ("x + 1", "single"),
    ("if x:\n    y\n", "single"),
    ("lambda: (yield)", "eval"),
    ("[x async for x in y]", "eval"),
])
def test_modes(source, mode):
    assert_same(source, "<test>", mode, dont_inherit=True)


@pytest.mark.parametrize("source", [b"x = 1", bytearray(b"x = 1"), memoryview(b"x = 1"),
                                    "# coding: latin-1\nx = '\xe9'".encode("latin-1"),
                                    b"\xef\xbb\xbfx = 1", "x = 'caf\xe9'"])
def test_source_types(source):
    assert_same(source, "<test>", "exec", dont_inherit=True)


@pytest.mark.parametrize("arguments", [
    ("x", "<t>", "nope"),
    ("x", "<t>", "func_type"),
    ("x", "<t>", "exec", 0x100000000),
    ("x", "<t>", "exec", 0x40),
    ("x", "<t>", "exec", 0, False, 3),
    ("x", "<t>", "exec", 0, False, -2),
    (42, "<t>", "exec"),
    (None, "<t>", "exec"),
    ("x", 42, "exec"),
    ("x", "<t>", 1),
    ("x", "<t>", "exec", "flags"),
    ("a\0b", "<t>", "exec"),
    (b"a\0b", "<t>", "exec"),
    ("x = (", "<t>", "exec"),
    ("x", "<t>", "nope", ast.PyCF_ONLY_AST),
])
def test_invalid_arguments(arguments):
    assert_same(*arguments)


@pytest.mark.parametrize("mode, source", [("exec", "x = 1 + 2"), ("eval", "a * 2"),
                                          ("single", "print(1)"),
                                          ("func_type", "(int, str) -> None")])
def test_only_ast(mode, source):
    assert_same(source, "<t>", mode, ast.PyCF_ONLY_AST)


def test_an_ast_is_returned_as_is_with_only_ast():
    tree = ast.parse("x = 1")
    assert clearpy_compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree


def test_compiling_an_ast_leaves_it_unchanged():
    tree = ast.parse("x = 2 * 3\nfor i in [1, 2]: pass\ny = __debug__")
    before = ast.dump(tree, include_attributes=True)
    assert_same(tree, "<t>", "exec")
    assert ast.dump(tree, include_attributes=True) == before


LOCATION = dict(lineno=1, col_offset=0)


@pytest.mark.parametrize("tree, mode", [
    (ast.Expression(ast.Constant(1, **LOCATION)), "exec"),
    (ast.Module([], []), "eval"),
    (ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []), "exec"),
    (ast.Module([ast.Pass(**LOCATION)], []), "exec"),
    (ast.Module([ast.Expr(ast.Constant([1], **LOCATION), **LOCATION)], []), "exec"),
    (ast.Module([ast.Expr(ast.Name(1, ast.Load(), **LOCATION), **LOCATION)], []), "exec"),
    (ast.Module([ast.Expr(ast.Name(None, ast.Load(), **LOCATION), **LOCATION)], []), "exec"),
    (ast.Module([ast.Expr(ast.List(1, ast.Load(), **LOCATION), **LOCATION)], []), "exec"),
    (ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **LOCATION), ast.Add(), **LOCATION),
                          **LOCATION)], []), "exec"),
    (ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **LOCATION), ast.Add(), None, **LOCATION),
                          **LOCATION)], []), "exec"),
    (ast.Module([ast.Expr(42, **LOCATION)], []), "exec"),
    (ast.Expression(ast.Tuple(ctx=ast.Load(), **LOCATION)), "eval"),
])
def test_handmade_trees(tree, mode):
    assert_same(tree, "<t>", mode)


@pytest.mark.parametrize("optimize", [-1, 0, 1, 2])
def test_optimization_levels(optimize):
    source = "'''doc'''\nassert x, 'no'\nif __debug__:\n    y = 1\ndef f():\n    'fdoc'\n"
    assert_same(source, "<t>", "exec", 0, True, optimize)


def test_future_flags_are_honoured_and_inherited():
    source = "def f(x: int) -> str: pass"
    assert_same(source, "<t>", "exec", __future__.annotations.compiler_flag, True)
    assert_same(source, "<t>", "exec", __future__.division.compiler_flag, True)
    # This test module does not import annotations: nothing to inherit.
    assert_same(source, "<t>", "exec")


def test_future_features_of_the_caller_are_inherited():
    namespace = {"compile": clearpy_compile}
    exec(compile("from __future__ import annotations\n"
                 "inherited = compile('def f(x: int): pass', '<t>', 'exec')\n"
                 "not_inherited = compile('def f(x: int): pass', '<t>', 'exec', "
                 "dont_inherit=True)\n", "<caller>", "exec"), namespace)
    strings = compile("def f(x: int): pass", "<t>", "exec",
                      __future__.annotations.compiler_flag, True)
    evaluated = compile("def f(x: int): pass", "<t>", "exec", 0, True)
    for got, expected in [(namespace["inherited"], strings),
                          (namespace["not_inherited"], evaluated)]:
        differences = []
        compare_code_trees(got, expected, differences)
        assert differences == []


def test_top_level_await_flag():
    source = "await x\nasync for a in b: pass\nasync with c: pass\n[y async for y in z]"
    assert_same(source, "<t>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, True)


def test_filename_can_be_bytes_or_a_path():
    assert_same("x", b"bytes_name.py", "exec")
    assert_same("x", pathlib.Path("some/path.py"), "exec")
