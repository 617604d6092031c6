"""Small module-level programs that between them use every construct the back end handles.

Module-level code is what CPython's ``compiler_codegen`` test hook exposes,
so each program keeps the interesting code at the top level (comprehensions
there are inlined and use fast locals, as in functions).
"""

PROGRAMS = {
    "empty": "",
    "docstring": '"""A docstring."""\n',
    "constants": "a = 1; b = True; c = 1.0; d = -0.0; e = 0.0; f = 1j; g = b'x'; h = ...; i = None\n",
    "tuple folding": "t = (1, 2, (3, 4.0), 'a')\nu = 1, 2\nv = ()\nw = [1, 2, 3]\nx = {1, 2}\n",
    "swap": "a, b = b, a\na, b, c = c, b, a\n(a,) = (b,)\n",
    "unpacking": "a, *b, c = x\n[a, (b, c)] = y\nd, = z\n",
    "if": "if a:\n    b()\nelif c:\n    d()\nelse:\n    e()\n",
    "constant conditions": "if 1:\n    a()\nif 0:\n    b()\nwhile 0:\n    c()\nif None: d()\nif 'x': e()\n",
    "is none": "if a is None: b()\nif a is not None: c()\nx = a is None\nif not (a is None): d()\n",
    "boolean operators": "x = a and b or c\nif a and (b or not c): d()\ny = not a\nz = 1 or a\nw = 0 and a\n",
    "comparisons": "x = a < b < c\nif a == b != c: d()\ny = a in b\nz = a not in b\n",
    "conditional expression": "x = a if b else c\ny = (a if b else c) if d else e\n",
    "while": "while a:\n    b()\n    if c: break\n    if d: continue\nelse:\n    e()\n",
    "while true": "while True:\n    if a(): break\n",
    "for": "for i in range(10):\n    if i: continue\n    print(i)\nelse:\n    done()\n",
    "nested loops": "for i in a:\n    for j in b:\n        if i == j: break\n    else:\n        continue\n    break\n",
    "try except": "try:\n    a()\nexcept ValueError:\n    b()\nexcept (TypeError, KeyError) as e:\n    c(e)\nelse:\n    d()\n",
    "try finally": "try:\n    a()\nfinally:\n    b()\n",
    "try except finally": "try:\n    a()\nexcept E as e:\n    pass\nelse:\n    c()\nfinally:\n    d()\n",
    "try in loop": "for x in y:\n    try:\n        if x: continue\n        if y: break\n    finally:\n        z()\n",
    "except star": "try:\n    a()\nexcept* ValueError as e:\n    b(e)\nexcept* TypeError:\n    c()\n",
    "bare except": "try:\n    a()\nexcept:\n    b()\n    raise\n",
    "raise": "raise ValueError('x') from None\n",
    "with": "with a as b, c:\n    d()\nwith e:\n    pass\n",
    "with in loop": "for x in y:\n    with x as z:\n        if z: break\n        continue\n",
    "assert": "assert a, 'message'\nassert b\n",
    "del and global": "global g\ndel a, b[0], c.d\ng = 1\n",
    "imports": "import os, sys as system\nfrom os import path as p, sep\nfrom . import x\nfrom .y import *\n",
    "functions": "def f(a, b=1, *args, c, d=2, **kwargs) -> int:\n    return a\n"
                 "@decorator\ndef g(): pass\nh = lambda x: x\n",
    "classes": "class A(B, metaclass=M):\n    x = 1\n    def f(self): return super().f()\n",
    "comprehensions": "a = [x for x in y if x]\nb = {x: z for x, z in y}\nc = {x for x in y for z in x}\n"
                      "d = (x for x in y)\ne = [[x for x in z] for z in y]\n",
    "comprehension shadowing": "x = 1\na = [x for x in y]\nprint(x)\n",
    "calls": "f(a, *b, c=d, **e)\ng(1, 2, x=3)\nh.m(1)\nk(*a)\nl(**b)\n",
    "fstrings": "x = f'{a!r:>{b}} and {c=}'\ny = f'{a}' f'{b}'\n",
    "subscripts and slices": "a[1:2] = b[::3]\ndel c[d:e]\nx = y[1:2, 3]\nz = w[a:b]\n",
    "augmented assignment": "a += 1\nb.c *= 2\nd[e] //= 3\n",
    "walrus": "if (n := len(a)) > 10: print(n)\nx = [y := 1, y ** 2]\n",
    "match": "match p:\n    case [1, 2, *rest]: a()\n    case {'k': v, **kw}: b()\n"
             "    case Point(x=0, y=yy) | Point(x=yy, y=0) if yy: c()\n    case str() | bytes(): d()\n"
             "    case _: e()\n",
    "match mapping and sequence swaps": "match x:\n    case (a, b, c): pass\n    case [a, [b, c]]: pass\n"
                                        "    case {1: a, 2: b}: pass\n",
    "annotations": "x: int = 1\ny: list[int]\nclass C:\n    z: str\n",
    "future annotations": "from __future__ import annotations\nx: int = 1\n",
    "type params": "type Alias[T] = list[T]\ndef f[T: int](x: T) -> T: return x\nclass C[T]: pass\n",
    "many names": "".join(f"name{i} = value{i}\n" for i in range(300)),
    "many constants": "".join(f"x = {i}\n" for i in range(300)),
    "long jump": "if a:\n" + "".join(f"    f{i}(x, y, z)\n" for i in range(400)) + "b()\n",
    "very long jump": "while a:\n" + "".join(f"    f{i}(x, y, z)\n" for i in range(6000)) + "b()\n",
    "long lines": "x = (1 +\n     2 +\n\n\n\n     a)\n" + "\n" * 300 + "y = b\n",
    "wide columns": "x = " + "a" * 200 + " + b\n",
    "unicode columns": "x = 'ééé' + aé\n",
    "pass lines": "if a:\n    pass\nelse:\n    pass\nfor x in y:\n    pass\n",
    "print": "print('Hello, World!')\n",
}
