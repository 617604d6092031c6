"""Invalid and warning-producing programs: clearpy.compile against CPython's compile().

Every program here is rejected by CPython's symbol table or code generator
(not by its parser), or makes it emit a SyntaxWarning. The test asserts that
CPython really does so, then that clearpy raises the same exception class
with the same message and position (lineno, offset, end_lineno, end_offset,
and the source line read back from the file), or emits the same warnings
(category, message, file, line). With warnings turned into errors, a
SyntaxWarning becomes a SyntaxError at the offending node, in both.
"""

import textwrap
import warnings

import pytest

from clearpy.compiler.compile import compile as clearpy_compile

# Statements that are errors wherever they appear.
ANYWHERE = [
    "*a = 1",
    "x = *a",
    "*a, *b = c",
    "[*a, *b] = c",
    "(*a, *b), c = d",
    "for *a, *b in c: pass",
    "f(a=1, a=2)",
    "f(x, a=1, b=2, a=3)",
    "class C(a=1, a=2): pass",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
    "__debug__ = 1",
    "x.__debug__ = 1",
    "f(__debug__=1)",
    "import x as __debug__",
    "import a.b as __debug__",
    "from x import y as __debug__",
    "from x import __debug__",
    "del __debug__",
    "for __debug__ in x: pass",
    "with x as __debug__: pass",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "x.__debug__: int",
    "(__debug__ := 1)",
    "[__debug__ for __debug__ in x]",
    "def f(__debug__): pass",
    "def f(*, __debug__): pass",
    "def f(*__debug__): pass",
    "def f(**__debug__): pass",
    "def f(__debug__, /): pass",
    "lambda __debug__: 0",
    "class C[__debug__]: pass",
    "match x:\n    case __debug__: pass",
    "match x:\n    case [1, *__debug__]: pass",
    "match x:\n    case {**__debug__}: pass",
    "match x:\n    case C(__debug__=1): pass",
    "match x:\n    case {1: a, 1: b}: pass",
    "match x:\n    case {'k': a, 'k': b}: pass",
    "match x:\n    case {1: a, True: b}: pass",
    "match x:\n    case C(a=1, a=2): pass",
    "match x:\n    case C(a=1, b=2, a=3): pass",
    "match x:\n    case [*a, *b]: pass",
    "match x:\n    case (*_, *_): pass",
    "match x:\n    case a | [b]: pass",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case {'k': a, **a}: pass",
    "match x:\n    case [a] | [b]: pass",
    "match x:\n    case (1 as a) | (2 as b): pass",
    "match x:\n    case [a, b] | [b, c]: pass",
    "match x:\n    case C(a, a): pass",
    "match x:\n    case a | b: pass",
    "match x:\n    case ((a | b) | c): pass",
    "import y\nfrom __future__ import annotations",
    "'doc'\nx = 1\nfrom __future__ import annotations",
    "from __future__ import annotations\nfrom x import y\nfrom __future__ import division",
    "from __future__ import braces",
    "from __future__ import nonexistent",
    "from __future__ import (annotations, nope)",
    "try:\n    pass\nexcept* E:\n    break",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1",
    "def f():\n    try:\n        pass\n    except* E:\n        try:\n            return\n        finally:\n            pass",
    "nonlocal x",
    "def f(a, a): pass",
    "def f(a, *, a): pass",
    "lambda a, a: 0",
    "class C:\n    x: int = 1\n    nonlocal x",
    "def f():\n    global x\n    x: int",
    "def f():\n    x = 1\n    global x",
    "def f(x):\n    global x",
    "def f():\n    nonlocal y",
    "[i for i in range(3) if (i := 0)]",
    "[(x := 0) for x in y]",
    "class C:\n    [(y := 0) for x in z]",
    "def f[T, T](): pass",
    "type A[T, T] = int",
]

# Statements that are errors at module level and in a class body, fine in a function.
OUTSIDE_FUNCTION = [
    "return",
    "return 1",
    "yield",
    "yield 1",
    "x = yield 1",
    "yield from x",
    "await x",
    "x = await y",
    "f(await x)",
]

# Statements that are errors outside an ``async def``.
OUTSIDE_ASYNC = [
    "await x",
    "async for x in y: pass",
    "async with x: pass",
    "async with x as y, z: pass",
    "[x async for x in y]",
    "{x async for x in y}",
    "{x: 1 async for x in y}",
    "[await x for x in y]",
    "[x for x in y if await x]",
    "lambda: await x",
]

# Statements that are errors outside a loop.
OUTSIDE_LOOP = ["break", "continue", "if x:\n    break", "with x:\n    continue",
                "try:\n    pass\nfinally:\n    break"]

ASYNC_ONLY_ERRORS = [
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    x = [(yield from y) for z in w]",
]

WARNINGS = [
    "x is 1", "x is not 1", "1 is x", "x is 'a'", "x is b'a'", "x is 1.5", "x is 1j",
    "x is ()", "x is (1, 2)", "x is -1", "x is not 'a' 'b'", "a is b is 1", "1 is 2 is 3",
    "if x is 1:\n    pass", "while x is not ():\n    pass", "y = [x is 1 for x in z]",
    "assert (x, 'message')", "assert (1, 2)", "assert (x,)",
    "1(2)", "'a'(1)", "b'a'()", "(1, 2)(3)", "[1, 2](3)", "[x for x in y](1)",
    "{}()", "{1: 2}()", "{1}()", "{x for x in y}()", "(x for x in y)()", "f'a'()",
    "None()", "1.5()",
    "1[2]", "1.5[0]", "1j[0]", "None[0]", "...[0]", "{1}[0]", "{x for x in y}[0]",
    "(x for x in y)[0]", "(lambda: 1)[0]",
    "[1, 2]['a']", "(1, 2)['a']", "'abc'['x']", "b'abc'[1.5]", "[x for x in y]['a']",
    "f'{x}'['a']", "[1][()]", "[1][{}]", "[1][[]]", "[1][(x for x in y)]",
    "def f():\n    return x is 1",
    "class C:\n    assert (x, 1)",
]

# Where a statement can be put: (template, indentation of the statement).
CONTEXTS = {
    "module": ("{}", 0),
    "function": ("def f():\n{}", 1),
    "class": ("class C:\n{}", 1),
    "loop": ("for i in range(3):\n{}", 1),
    "try": ("try:\n{}\nexcept E:\n    pass", 1),
    "with": ("with m:\n{}", 1),
    "nested function": ("def f():\n    def g():\n{}", 2),
    "method": ("class C:\n    def m(self):\n{}", 2),
}


def _in_context(context: str, statement: str) -> str:
    template, depth = CONTEXTS[context]
    return template.format(textwrap.indent(statement, "    " * depth))


def _cases():
    cases = []
    for statement in ANYWHERE:
        cases.append(statement)
    for statement in ANYWHERE[:25]:
        cases.append(_in_context("function", statement))
    for statement in OUTSIDE_FUNCTION:
        cases.append(statement)
        cases.append(_in_context("class", statement))
        cases.append(_in_context("method", "class D:\n" + textwrap.indent(statement, "    ")))
    for statement in OUTSIDE_ASYNC:
        cases.append(_in_context("function", statement))
        cases.append(_in_context("method", statement))
    for statement in OUTSIDE_LOOP:
        cases.append(statement)
        cases.append(_in_context("function", statement))
        cases.append(_in_context("loop", "def g():\n" + textwrap.indent(statement, "    ")))
        cases.append(_in_context("loop", "class K:\n" + textwrap.indent(statement, "    ")))
    cases.extend(ASYNC_ONLY_ERRORS)
    deeply_nested = "".join("    " * depth + f"for x{depth} in y:\n" for depth in range(21))
    cases.append(deeply_nested + "    " * 21 + "pass")
    cases.append("def f():\n" + textwrap.indent(deeply_nested + "    " * 21 + "pass", "    "))
    star_targets = ", ".join(f"a{index}" for index in range(256)) + ", *rest = x"
    cases.append(star_targets)
    for statement in WARNINGS:
        cases.append(statement)
    for context in ("function", "class", "loop", "try", "with"):
        for statement in WARNINGS[::6]:
            cases.append(_in_context(context, statement))
    return cases


CASES = _cases()


def _outcome(compiler, source: str, path: str):
    """(exception description or None, warnings) for compiling ``source``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compiler(source, path, "exec", dont_inherit=True)
            error = None
        except (SyntaxError, ValueError, TypeError) as exception:
            error = (type(exception).__name__, exception.args,
                     getattr(exception, "msg", str(exception)),
                     getattr(exception, "lineno", None), getattr(exception, "offset", None),
                     getattr(exception, "end_lineno", None), getattr(exception, "end_offset", None),
                     getattr(exception, "text", None))
    found = [(warning.category.__name__, str(warning.message), warning.filename, warning.lineno)
             for warning in caught if issubclass(warning.category, SyntaxWarning)]
    return error, found


def test_there_are_enough_programs():
    assert len(CASES) >= 100


@pytest.mark.parametrize("source", CASES, ids=[f"case{index}" for index in range(len(CASES))])
def test_same_error_or_warnings_as_cpython(source, tmp_path):
    path = tmp_path / "program.py"
    path.write_text(source)
    expected = _outcome(compile, source, str(path))
    assert expected[0] is not None or expected[1], "CPython accepts this program silently"
    assert _outcome(clearpy_compile, source, str(path)) == expected


@pytest.mark.parametrize("source", WARNINGS, ids=[f"warning{index}" for index in range(len(WARNINGS))])
def test_warnings_as_errors_become_syntax_errors(source, tmp_path):
    path = tmp_path / "program.py"
    path.write_text(source)

    def strict(compiler):
        with warnings.catch_warnings():
            warnings.simplefilter("error", SyntaxWarning)
            try:
                compiler(source, str(path), "exec", dont_inherit=True)
            except SyntaxError as error:
                return (type(error).__name__, error.args, error.msg, error.lineno, error.offset,
                        error.end_lineno, error.end_offset, error.text)
        return None

    expected = strict(compile)
    assert expected is not None
    assert strict(clearpy_compile) == expected
