"""Small programs covering every construct the code generator handles.

Shared by the differential tests: each must be accepted by CPython 3.12.
"""

PROGRAMS = {
    "constants": "x = 1; y = 2.5; z = 3j; s = 'a'; b = b'b'; n = None; e = ...; t = True",
    "folding": "a = 2 * 3 + 1; b = -(1 << 4); c = (1, (2, 3)); d = 'ab' * 3; e = not 1; "
               "f = (1, 2)[0]; g = 1 / 0; h = 'a' * 5000; i = 2 ** 200; j = ~5; k = __debug__",
    "format folding": "a = '%s-%r-%a' % (x, y, z); b = '%5s|%-3s|%.2s' % (x, y, z); "
                      "c = '%d' % (x,); d = '%s %s' % (x,); e = '%%s %s' % (x,)",
    "names": "x = y; del x; global_ = z\ndef f():\n    global g\n    g = 1\n    return h",
    "operators": "r = a + b - c * d / e // f % g ** h << i >> j & k | l ^ m @ n\n"
                 "r = -a; r = +a; r = ~a; r = not a",
    "augmented": "a += 1; b.x -= 2; c[i] *= 3; d[1:2] //= 4; e[::2] **= 5",
    "comparisons": "a < b; a <= b == c != d > e >= f; a is b; a is not b; a in b; a not in b",
    "boolean": "x = a and b or c and not d\nif a and (b or c): pass\nwhile not (a or b): pass",
    "conditional": "x = a if b else c\nif (a if b else c): pass",
    "containers": "l = [1, 2, 3]; t = (a, b); s = {a, b}; d = {a: 1, 'b': 2}; "
                  "l2 = [*a, 1, *b]; t2 = (*a, b); s2 = {*a}; d2 = {**a, 'x': 1, **b}; "
                  "c = {'a': 1, 'b': 2, 'c': 3}; e = [1, 2, 3, 4]; f = {1, 2, 3}",
    "big containers": "l = [" + ", ".join(f"x{i}" for i in range(40)) + "]\n"
                      "d = {" + ", ".join(f"'k{i}': v{i}" for i in range(40)) + "}\n"
                      "f(" + ", ".join(f"a{i}" for i in range(40)) + ")\n"
                      "g(" + ", ".join(f"k{i}=a{i}" for i in range(20)) + ")",
    "subscripts": "a[1]; a[1:2]; a[1:2:3]; a[:, 1]; a[...]; a[1] = 2; del a[1]; a[1:2] = b; "
                  "del a[:]",
    "calls": "f(); f(a, b); f(a, k=1); f(*a); f(**k); f(a, *b, c, **d, e=1); o.m(1, k=2); "
             "o.m(*a); a.b.c(); f(x for x in y)",
    "unpacking": "a, b = c; (a, b), c = d; a, *b, c = d; [a, b] = c; a = b = c",
    "attributes": "a.b = c; del a.b; x = a.b.c\nx = (a\n     .b\n     .c)",
    "fstrings": "s = f'{a}'; t = f'x{a!r:>{w}}y{b!s}{c!a}'; u = f'{a=}'; "
                "v = f'{\"\".join(x)}' ; w = f'' ; z = f'{a:{b}{c}}'",
    "long fstring": "s = f'" + "".join(f"{{a{i}}}." for i in range(40)) + "'",
    "if": "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3",
    "for": "for i in range(10):\n    if i: continue\n    if i > 5: break\nelse:\n    x = 1",
    "for over constants": "for i in [1, 2, 3]: pass\nfor j in {1, 2}: pass\n"
                          "for k in [a, b]: pass\nif x in [1, 2]: pass",
    "while": "while a:\n    if b: break\n    if c: continue\n    x()\nelse:\n    y()",
    "while true": "while True:\n    x()\n    if y: break",
    "try except": "try:\n    f()\nexcept E as e:\n    g(e)\nexcept (F, G):\n    h()\n"
                  "except:\n    raise\nelse:\n    i()",
    "try finally": "try:\n    f()\nfinally:\n    g()",
    "try all": "try:\n    f()\nexcept E:\n    g()\nelse:\n    h()\nfinally:\n    i()",
    "try star": "try:\n    f()\nexcept* E as e:\n    g(e)\nexcept* F:\n    h()\nelse:\n    i()",
    "try star finally": "try:\n    f()\nexcept* E:\n    g()\nfinally:\n    h()",
    "return in finally": "def f():\n    try:\n        return g()\n    finally:\n        h()",
    "break in try": "for x in y:\n    try:\n        break\n    finally:\n        f()\n"
                    "    with m:\n        continue",
    "return in with": "def f():\n    with a as b, c:\n        return b\n    for x in y:\n"
                      "        try:\n            return x\n        except E as e:\n"
                      "            return e",
    "with": "with a:\n    pass\nwith a as b, c as (d, e):\n    f()",
    "raise": "raise\nraise E\nraise E from F",
    "assert": "assert x\nassert x, 'message'",
    "imports": "import a\nimport a.b.c\nimport a.b as c\nfrom a import b, c as d\n"
               "from . import e\nfrom ..f import *",
    "future": "from __future__ import annotations\ndef f(a: int, *b: str, c: 'x' = 1, **d: T)"
              " -> list[int]: pass\nx: dict[str, int] = {}\nclass C:\n    y: Tuple[int, ...]",
    "annotations": "x: int\nx: int = 1\na.b: int\na[1]: int = 2\nclass C:\n    z: int\n"
                   "    (w): int = 1\ndef f():\n    y: int = 1",
    "functions": "def f(a, b=1, *c, d, e=2, **f): return a\n"
                 "def g(a, /, b): pass\nasync def h(): await x\n"
                 "@dec\n@dec2(1)\ndef i(): 'doc'; return 1",
    "function annotations": "def f(a: int, b: str = 'x', *c: float, d: list, **e: dict)"
                            " -> None: pass\ndef g(*args: *Ts): pass",
    "closures": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n"
                "        return x\n    return g\ndef h(a):\n    return lambda: a",
    "lambdas": "f = lambda: 0\ng = lambda a, b=1, *c, d, **e: a + b\nh = lambda: (yield)",
    "classes": "@dec\nclass C(B, metaclass=M, x=1):\n    'doc'\n    x = 1\n"
               "    def m(self):\n        return super().m()\n    def n(self):\n"
               "        return __class__\n    def __p(self): return self.__q",
    "super": "class C(B):\n    def f(self):\n        super().f()\n        super().x\n"
             "        super(C, self).f(1, k=2)\n        super().f(*a)\n        return super()",
    "generators": "def g():\n    yield 1\n    x = yield\n    yield from h()\n    return 2\n"
                  "async def a():\n    yield 1\n    await b()\n    async for x in y: pass\n"
                  "    async with m as n: pass",
    "comprehensions": "l = [x for x in y if x]\ns = {x for x in y}\nd = {k: v for k, v in y}\n"
                      "g = (x for x in y)\nn = [x + z for x in y for z in w if z if x]",
    "comprehensions in function": "def f(y):\n    z = 1\n    a = [x for x in y]\n"
                                  "    b = [lambda: x for x in y]\n"
                                  "    c = [z for y in y]\n    return [(w := x) for x in y], w",
    "comprehensions in class": "class C:\n    a = [x for x in y]\n    b = {x: y for x in z}\n"
                               "    c = [x for x in range(3) if x > a[0]]",
    "async comprehensions": "async def f():\n    a = [x async for x in y]\n"
                            "    b = [await x for x in y]\n    c = (x async for x in y)\n"
                            "    d = {x: y async for x, y in z}",
    "comprehension temp idiom": "a = [y for x in z for y in [f(x)]]",
    "match literals": "match x:\n    case 1:\n        pass\n    case 'a' | b'b':\n        pass\n"
                      "    case None:\n        pass\n    case -1 | 1.5 | 2 + 3j:\n        pass\n"
                      "    case _:\n        pass",
    "match sequences": "match x:\n    case [a, b]:\n        pass\n    case [a, *rest]:\n"
                       "        pass\n    case [_, *_, last]:\n        pass\n    case (a, [b, c]):\n"
                       "        pass\n    case []:\n        pass",
    "match mappings": "match x:\n    case {'a': 1, 'b': b}:\n        pass\n"
                      "    case {'a': a, **rest}:\n        pass\n    case {}:\n        pass\n"
                      "    case {C.k: v}:\n        pass",
    "match classes": "match x:\n    case C():\n        pass\n    case C(1, b=2):\n        pass\n"
                     "    case D(a, _, c=C(d)):\n        pass\n    case E.F(x=[y]) as z:\n"
                     "        pass",
    "match or and guards": "match x:\n    case (a, b) | [b, a] if a > b:\n        pass\n"
                           "    case {'x': a} | C(a) | [a, _]:\n        pass\n    case y if y:\n"
                           "        pass\n    case z:\n        pass",
    "type aliases": "type A = int\ntype B[T] = list[T]\ntype C[T: int, *Ts, **P] = T",
    "generic functions": "def f[T](x: T) -> T: return x\n"
                         "def g[T: (int, str), U](a=1, *, b=2): pass\n"
                         "class C[T](Base, k=1):\n    def m(self) -> T: return super().m()",
    "generic class variables": "class C[T]:\n    x: T\n    def f(self):\n        return T",
    "global and nonlocal": "x = 1\ndef f():\n    global x\n    x = 2\n    def g():\n"
                           "        nonlocal y\n        y = 3\n    y = 0",
    "class scopes": "def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n"
                    "        def m(self): return x\n    return C",
    "starred targets": "for a, *b in c: pass\nwith m as (a, *b): pass\n[*a, b] = c",
    "walrus": "if (n := len(a)) > 10: pass\nprint(y := 1)\n[y := f(x) for x in z]",
    "deletes": "del a, b.c, d[e], (f, g), [h]",
    "docstring folding": "'a' + 'b'\nx = 1",
    "empty": "",
    "pass only": "pass",
    "nested functions": "def a():\n    def b():\n        def c():\n            return d\n"
                        "        return c\n    return b",
    "decorated class methods": "class C:\n    @property\n    def x(self): return 1\n"
                               "    @x.setter\n    def x(self, v): pass\n    @staticmethod\n"
                               "    def s(): pass",
    "exceptions in loops": "for x in y:\n    try:\n        f()\n    except E:\n        continue\n"
                           "    finally:\n        g()",
    "nested with": "with a:\n    with b as c:\n        with d, e:\n            f()",
    "async with in loop": "async def f():\n    async for x in y:\n        async with x as z:\n"
                          "            if z: break\n            continue",
    "return constants": "def f():\n    return 1\ndef g():\n    return\ndef h():\n    return (1,\n"
                        "            2)",
    "is literal warnings off": "x is None; x is True; x is ...",
}
