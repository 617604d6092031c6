"""clearpy.parse behaves as ast.parse for every argument it takes.

Modes, type comments, feature_version, bytes with their encodings, argument
errors, warnings (and warnings turned into errors), very deep nesting, and
literals: every case is parsed by both and compared (ast.dump with
attributes, or the exception's class, message and position).
"""

import ast
import inspect
import warnings

import pytest

import clearpy
from clearpy.conformance import IDENTICAL
from clearpy.conformance.parse import compare_source
from clearpy.parser import parse


def same(source, **options):
    outcome = compare_source(source, **options)
    assert outcome.status == IDENTICAL, f"{source!r} {options}: {outcome.detail}"


def test_signature_is_ast_parse_signature():
    assert inspect.signature(parse) == inspect.signature(ast.parse)
    assert clearpy.parse is parse


@pytest.mark.parametrize("source, mode", [
    ("x = 1\nprint(x)\n", "exec"),
    ("", "exec"),
    ("# only a comment\n", "exec"),
    ("a + b * c", "eval"),
    ("(yield)", "eval"),
    ("x, *y", "eval"),
    ("\n\n1\n\n", "eval"),
    ("", "eval"),
    ("x = 1", "eval"),
    ("x = 1\n", "single"),
    ("if x:\n    y = 1\n", "single"),
    ("x = 1\ny = 2", "single"),
    ("1; 2", "single"),
    ("", "single"),
    ("# c\n", "single"),
    ("def f():\n  pass\nx", "single"),
    ("(int, str) -> bool", "func_type"),
    ("(*int, **str) -> None", "func_type"),
    ("(a, *b, **c) -> d", "func_type"),
    ("() -> int\n", "func_type"),
    ("(int) int", "func_type"),
])
def test_modes(source, mode):
    same(source, mode=mode)


def test_bad_arguments():
    with pytest.raises(ValueError, match="compile\\(\\) mode must be"):
        parse("x", mode="bogus")
    with pytest.raises(TypeError, match="compile\\(\\) arg 1 must be a string, bytes or AST object"):
        parse(3)
    with pytest.raises(ValueError, match="Unsupported major version: 2"):
        parse("x", feature_version=(2, 7))
    for source in ("a\0b", b"a\0b"):
        with pytest.raises(SyntaxError, match="source code string cannot contain null bytes"):
            parse(source)


@pytest.mark.parametrize("source, version", [
    ("x = 1 @ 2", (3, 4)), ("x @= 2", (3, 4)), ("(x := 1)", (3, 7)), ("(x := 1)", 8),
    ("match x:\n case 1: pass", (3, 9)), ("with (a, b): pass", (3, 8)),
    ("type X = int", (3, 11)), ("def f[T](): pass", (3, 11)), ("def f(a, /): pass", (3, 7)),
    ("lambda a, /: a", (3, 7)), ("try:\n pass\nexcept* A:\n pass", (3, 10)),
    ("x: int = 1", (3, 5)), ("async def f(): await x", (3, 4)), ("async def f(): pass", (3, 4)),
    ("[x async for x in y]", (3, 5)), ("1_000", (3, 5)), ("1_000", (3, 6)),
    ("async with a: pass", (3, 4)), ("x = 1", None), ("x = 1", (3, 12)), ("x = 1", -1),
    ("print('\\d')", (3, 11)),
])
def test_feature_version(source, version):
    same(source, feature_version=version)


TYPE_COMMENTS = [
    "x = 1 # type: int\n",
    "x = y = 1  # type: List[int]\n",
    "def f(a, b):\n    # type: (int, str) -> None\n    pass\n",
    "def f(a,  # type: int\n      b,  # type: str\n      ):\n    # type: (...) -> None\n    pass\n",
    "def f(a, b):  # type: (int, str) -> None\n    pass\n",
    "async def f():  # type: () -> int\n    pass\n",
    "for x in y:  # type: int\n    pass\n",
    "async def f():\n    async for x in y:  # type: int\n        pass\n",
    "with a as b:  # type: int\n    pass\n",
    "x = 1  # type: ignore\n",
    "x = 1  # type: ignore[attr-defined]\n# type: ignore\n",
    "import x  # type: ignore # more\n",
    "x = 1  #type:int\n",
    "x = 1  # type:  ignore  \n",
    "x = 1\n# type: int\ny = 2\n",
    "f(x)  # type: int\n",
    "def f(*,  # type: int\n      a): pass\n",
    "def f(a, b):\n    # type: (int) -> None\n    # type: (str) -> None\n    pass\n",
    "def f(): # type: () -> None\n  # type: () -> None\n  pass\n",
    "x = 1 # type: ignoreme\n",
    "x = 1  # not a type comment\n",
]


@pytest.mark.parametrize("source", TYPE_COMMENTS)
def test_type_comments(source):
    same(source, type_comments=True)
    same(source, type_comments=False)


@pytest.mark.parametrize("source", [
    b"x = 1\n", b"\xef\xbb\xbfx = 'caf\xc3\xa9'\n", b"# coding: latin-1\nx = '\xe9'\n",
    b"#!/usr/bin/env python\n# -*- coding: iso-8859-15 -*-\nx = '\xa4'\n",
    b"# coding: foo\nx = 1\n", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    b"x = '\xff'\n", b"\n\n# coding: latin-1\nx = '\xe9'\n", b"# coding: ascii\nx = '\xe9'\n",
    b"x = 1\r\ny = 2\r\n", b"x = 1\ry = 2\r", b"x = '''a\r\nb'''\r\n", b"x = 'caf\xc3\xa9' +\n",
    "x = 'café' +\n", b"# coding: utf-8\nx = 'caf\xc3\xa9' +\n",
])
def test_bytes_and_encodings(source):
    same(source)


def _warnings_of(function, source):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            function(source, "<test>")
        except SyntaxError as error:
            return ("error", type(error).__name__, error.msg, error.lineno, error.offset)
    return [(type(w.message).__name__, str(w.message), w.filename, w.lineno) for w in caught]


@pytest.mark.parametrize("source", [
    "x = '\\d'\n", "x = b'\\d'\n", "x = '\\777'\n", "x = b'\\777'\n", "x = '\\8'\n",
    "x = f'\\d{x}'\n", "x = '\\é'\n", "x = '\\N{EM DASH}\\q'\n", "x = '''\n\\d'''\n",
    "x = '\\d' '\\e'\n", "x = 1\nx = '\\d'\nx = = 2\n", "x = r'\\d'\n", "x = f'{x:\\d}'\n",
    "x = 0x1for x in y\n", "x = 1if y else 2\n",
])
def test_warnings_as_cpython_emits_them(source):
    assert _warnings_of(parse, source) == _warnings_of(ast.parse, source)


@pytest.mark.parametrize("source", ["x = '\\d'\n", "x = f'\\d{x}'\n", "x = '\\777'\n"])
def test_warnings_as_errors(source):
    def as_error(function):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                function(source)
            except SyntaxError as error:
                return (type(error).__name__, error.msg, error.lineno, error.offset,
                        error.end_lineno, error.end_offset)
        return None
    assert as_error(parse) == as_error(ast.parse) is not None


def test_filename_in_errors():
    with pytest.raises(SyntaxError) as ours:
        parse("x = = 1", "some/file.py")
    assert ours.value.filename == "some/file.py"
    with pytest.raises(SyntaxError) as ours:
        parse(b"x = = 1", b"bytes_name.py")
    with pytest.raises(SyntaxError) as theirs:
        ast.parse(b"x = = 1", b"bytes_name.py")
    assert ours.value.filename == theirs.value.filename


@pytest.mark.parametrize("source", [
    "-" * 1000 + "1", "-" * 5000 + "1", "x" + ".a" * 5000, "not " * 5000 + "x",
    "+".join(["x"] * 5000), "f" + "()" * 5000, "x if y else " * 5000 + "z",
    "[" * 199 + "]" * 199, "(" * 201 + ")" * 201, "lambda:" * 1000 + "x",
])
def test_deep_nesting(source):
    same(source)


@pytest.mark.parametrize("source", [
    "x = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3 + 3j + 1.j + .5 + 5.", "x = 10 ** 100",
    "x = 1" + "0" * 5000, "x = 0x" + "f" * 5000, "x = 'a\\tb\\x41\\101\\u00e9\\U0001F600\\N{DASH}'",
    "x = b'\\x00\\xff\\777'", "x = rb'\\d' Rb'\\e' bR'\\f' BR'\\g'", "x = u'a' 'b' u'c'",
    "x = 'a' f'{b}' 'c' f'{d!r:>{e}}'", "x = f'{x=}' f'{x = !s}' f'{x=:>10}'",
    "x = f'''{\nx\n}'''", "x = f'{f\"{f'{x}'}\"}'", "x = f'{x:{y}{z}}'", "x = f'{{}}{{a}}'",
    "x = f'a\\\nb'", "x = f'{x!r}{x!s}{x!a}'", "ＡＢＣ = ﬁ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1",
    "x = f'{3.14:.2f} {x:%Y}'", "x = ''.join(f'{a}' for a in b)", "() = x", "[] = x",
    "x = [*a, *b]; {**a, 'b': 1}; f(*a, **b)", "match x:\n case [1, *_, y] if y: pass\n case {'a': 1, **r}: pass\n case P(a, b=2) | Q(): pass",
    "try:\n pass\nexcept* (A, B) as e:\n pass", "type T[K, *V, **P] = dict[K, V]",
    "class C[T: int, *Ts, **P](B, metaclass=M): pass", "def f[T: (int, str)](x: T) -> T: ...",
    "async def f():\n async with a as b, c:\n  async for x in y:\n   await z\n  return [x async for x in y]",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g): pass", "lambda a, b=1, /, c=2, *d, e, f=3, **g: 0",
    "@a.b(c)\n@d\nclass C: pass", "x = (yield)", "x = yield from y", "global a, b; nonlocal c",
    "del a, b[c], d.e", "assert x, y", "raise X from Y", "import a.b.c as d, e",
    "from ..a import (b as c, d,)", "from . import *", "if (n := len(a)) > 10: pass",
    "x = a if b else c", "x = not a or b and c", "x = a < b <= c != d is not e in f not in g",
])
def test_literals_and_constructs(source):
    same(source)


def _type_comment_programs():
    """The programs of CPython's own test_type_comments (string constants with '# type:')."""
    from clearpy.corpus import stdlib_directory
    path = stdlib_directory() / "test" / "test_type_comments.py"
    tree = ast.parse(path.read_bytes())
    return sorted({node.value for node in ast.walk(tree)
                   if isinstance(node, ast.Constant) and isinstance(node.value, str)
                   and "type:" in node.value and "\n" in node.value})


@pytest.mark.parametrize("source", _type_comment_programs())
def test_cpythons_type_comment_programs(source):
    same(source, type_comments=True)
    for version in ((3, 4), (3, 6), (3, 7)):
        same(source, type_comments=True, feature_version=version)
