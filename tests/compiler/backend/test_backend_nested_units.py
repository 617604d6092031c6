"""Every code unit, nested ones included, through clearpy's front end and back end, equals compile()'s.

CPython's test hook only exposes the module unit before optimization, so the
back end's work on functions, generators, closures and class bodies is
checked end to end: clearpy compiles the program (CPython's parser, clearpy's
code generation and back end) and every code object must equal CPython's.
"""

import warnings

import pytest

from clearpy.compiler.code_comparison import first_difference
from clearpy.compiler.compile import compile as clearpy_compile

FUNCTIONS = {
    "generator": "def g(n):\n    for i in range(n):\n        try:\n            yield i\n        finally:\n            pass\n",
    "yield inside nested try": "def g():\n    try:\n        try:\n            x = yield 1\n        except E:\n            yield 2\n    finally:\n        yield 3\n",
    "coroutine": "async def f(a):\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in a]\n",
    "async generator": "async def f():\n    yield 1\n    await g()\n",
    "closures": "def outer(a, b):\n    c = 1\n    def inner(d):\n        nonlocal c\n        c += d\n        return a + c\n    return inner\n",
    "argument cells": "def f(x, *args, y, **kw):\n    return lambda: (x, args, y, kw)\n",
    "class cell": "class C(B):\n    def f(self):\n        return super().f() + __class__.x\n    def g(self): return [super().g() for _ in ()]\n",
    "del makes loads checked": "def f(a):\n    b = a\n    del b\n    if a:\n        b = 2\n    return b\n",
    "maybe unbound": "def f(a):\n    if a:\n        x = 1\n    for i in a:\n        y = i\n    return x + y + i\n",
    "many locals": "def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(70))
                   + "    if v0:\n        del v68\n    return " + " + ".join(f"v{i}" for i in range(70)) + "\n",
    "many parameters": "def f(" + ", ".join(f"p{i}" for i in range(70)) + "):\n    return p69 + p1\n",
    "return in finally": "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            if x: break\n",
    "with in loop": "def f(ms):\n    for m in ms:\n        with m as v:\n            if v: continue\n            return v\n",
    "try star": "def f():\n    try:\n        g()\n    except* ValueError as e:\n        x = e\n    return x\n",
    "match": "def f(p):\n    match p:\n        case [a, b, *c] if a: return c\n        case {'k': v, **r}: return r\n        case C(x=1, y=z): return z\n        case _: return None\n",
    "hidden comprehension locals": "def f(xs):\n    a = [x for x in xs]\n    b = {x: y for x, y in xs}\n    x = 1\n    return [x for x in xs], a, b\n",
    "long function": "def f(x):\n    while x:\n" + "".join(f"        g{i}(x)\n" for i in range(200))
                     + "        if x: break\n    return x\n",
    "very long jumps": "def f(x):\n    if x:\n" + "".join(f"        x = g{i}(x, x)\n" for i in range(7000)) + "    return x\n",
    "lambda defaults": "f = lambda a, b=1, *, c=2: (a, b, c)\n",
    "decorated class and method": "@d\nclass C:\n    @property\n    def p(self): return self._p\n    @staticmethod\n    def s(*a): pass\n",
    "generic function": "def f[T](x: T) -> T:\n    return x\nclass C[T]:\n    def m(self, t: T): return t\n",
    "global and nonlocal": "def f():\n    global g\n    g = 1\n    def h():\n        nonlocal_var = 2\n        def k():\n            nonlocal nonlocal_var\n            nonlocal_var += 1\n        return k\n    return h\n",
    "assert and raise": "def f(x):\n    assert x, 'no'\n    raise ValueError from x\n",
    "chained comparison and boolean jumps": "def f(a, b, c):\n    if a < b < c and not (a is None or b is not None):\n        return a if b else c\n",
    "constant folding in functions": "def f():\n    return (1, 2, 3), [1, 2], {1, 2}, -1, 2 ** 8, 'a' * 3\n",
    "swaps": "def f(a, b, c):\n    a, b = b, a\n    a, b, c = c, b, a\n    return a, b, c\n",
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_every_code_unit_is_identical(name):
    source = FUNCTIONS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = compile(source, "<test>", "exec", dont_inherit=True)
        got = clearpy_compile(source, "<test>", "exec", dont_inherit=True)
    pending = [(got, expected)]
    units = 0
    while pending:
        mine, theirs = pending.pop()
        units += 1
        assert first_difference(mine, theirs) is None
        pending.extend((a, b) for a, b in zip(mine.co_consts, theirs.co_consts) if hasattr(b, "co_code"))
    assert units >= 2
