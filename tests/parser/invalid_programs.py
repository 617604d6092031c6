"""Invalid programs to check syntax errors against CPython.

Most are harvested from CPython's own test suite on disk (Lib/test of the
running 3.12): the doctest examples of test_syntax and friends, and the code
strings that tests hand to helpers such as check_syntax_error, _check_error,
assertAllRaise or compile. Only those that ``ast.parse`` itself rejects are
kept (errors the compiler raises later are not the parser's). The rest are
our own, written to cover what the harvest misses.
"""

import ast
import doctest
import hashlib
import textwrap
import warnings
from functools import cache

from clearpy.corpus import stdlib_directory

HARVESTED_FILES = [
    "test_syntax.py", "test_grammar.py", "test_exceptions.py", "test_fstring.py",
    "test_string_literals.py", "test_eof.py", "test_unicode_identifiers.py", "test_patma.py",
    "test_type_params.py", "test_type_aliases.py", "test_positional_only_arg.py",
    "test_named_expressions.py", "test_keywordonlyarg.py", "test_unpack_ex.py", "test_genexps.py",
    "test_decorators.py", "test_except_star.py", "test_with.py", "test_global.py", "test_utf8source.py",
    "test_flufl.py", "test_compile.py", "test_ast.py", "test_lambda.py" , "test_future_stmt/test_future.py",
    "test_syntax.py", "test_setcomps.py", "test_listcomps.py", "test_dictcomps.py", "test_unpack.py",
    "test_cmd_line_script.py", "test_traceback.py", "test_baseexception.py", "test_coroutines.py",
    "test_opcodes.py", "test_class.py", "test_scope.py", "test_raise.py", "test_peepholer.py",
    "test_tokenize.py", "test_ucn.py", "test_codeop.py", "test_support.py", "test_doctest.py",
    "test_funcattrs.py", "test_types.py", "test_typing.py", "test_generators.py", "test_statistics.py",
]

# Helpers whose first argument (or list of arguments) is code.
_CODE_TAKERS = ("check", "error", "raise", "compile", "eval", "exec", "parse", "syntax",
                "dedent", "fail", "assert_", "indent")

# Our own invalid programs, for what the harvest does not cover.
OWN_PROGRAMS = [
    "x = = 1", "f(x for x in y, 1)", "def f(:\n pass", "def f(a\n", "f(**a, *b)", "f(*a = 1)",
    "f(**a = 1)", "f(a=)", "f(a, b=)", "[x for x y]", "[x for x in]", "with a, b\n pass",
    "with (a, b)\n pass", "f'{lambda x: {x}}'", "def f((a)): pass", "lambda (a): 1",
    "def f(a=): pass", "type X[*T: int] = T", "class A[**P: (a,b)]: pass", "def f(*): pass",
    "try:\n pass\nexcept a, b:\n pass", "try:\n pass\nexcept *a, b:\n pass",
    "try:\n pass\nexcept *:\n pass", "print 1", "a = yield = 1", "match x:\n case a as 1: pass",
    "{1:2, 3}", "{1: *a}", "f'{x!}'", "f'{x!z}'", "f'{}'", "f'{x'", "f'{x:'", "del *a",
    "f'{a b}'", "async def f():\n async with a\n  pass", "with a as 1: pass", "for x y in z: pass",
    "def f(a, *, b=1, **c, d): pass", "a if b", "not", "import a as b.c", "def f() -> int pass",
    "class A(x for x in y): pass", "f(a=1, b)", "f(**a, b)", "if x = 1: pass", "x = 1 = 2",
    "f() = 1", "(a for a in b) = 1", "None = 1", "x += yield = 1", "a, b += 1", "[a, b] : int",
    "x = (1,\n", "x = [1,\n 2", "x = \"abc\n", "x = '''abc\n", "x = 0777", "f\"{x\"", "x = )",
    "x = 1 # c\n  y", "if 1:\n  x\n    y\n", "$", "a = 1\nb = ?", "a €", "x = 1\\\\ 2",
    "if x:\n  a\n b\n", "if x:\n\tpass\n        pass\n", "def f():\n", "class A:\npass",
    "for x in y:\nx", "while x:\n", "try:\nx", "if x:\n pass\nelif y:\nz", "with x:\n",
    "def f[](): pass", "x = 1 +", "(", "[1, 2", "{", "x = (1 + \n", "import", "from a import",
    "from a import b,", "from . import *, a", "x: int, y: int = 1, 2", "(a, b): int",
    "a.b: int, c", "*a = 1", "*a, *b = c", "del f()", "del a + b", "del (a, b + c)",
    "for f() in x: pass", "for a + b in c: pass", "with a as b + c: pass", "x = *a, *b +",
    "lambda: yield", "lambda *: 1", "lambda *, **k: 1", "lambda a, a=1, b: 1", "def f(a=1, b): pass",
    "def f(a, /, b, /): pass", "def f(*, a, /): pass", "def f(a, *b, *c): pass", "def f(**a=1): pass",
    "def f(*a=1): pass", "def f(**k, *a): pass", "f(x=1, x=2)", "f(a for a in b for c in d, e)",
    "x = {**a: b}", "{**a for a in b}", "[*a for a in b]", "(*a for a in b)", "{a: *b}",
    "{a:}", "{a:, b: c}", "x = yield from", "async = 1", "await = 1", "nonlocal = 1",
    "True = 1", "False += 1", "__debug__ = 1", "f(True=1)", "f(None=1)", "obj.None = 1",
    "x.True", "def None(): pass", "class True: pass", "import None", "from x import None",
    "x = 1 if 2", "x = 1 if 2 else", "x = lambda: (yield)", "1 = x", "'a' = x", "f'{x}' = 1",
    "x = {1: 2 for x in y}", "a[b] += c, d = e", "(yield) = 1", "[x async for x in y]",
    "return *a", "global a, b c", "nonlocal", "assert", "raise from x", "raise x from",
    "if x:\n  pass\n else:\n  pass", "match x:\n case 1:\n pass", "match x:\ncase 1: pass",
    "match x:\n case {**a, b: c}: pass", "match x:\n case a(b=c, d): pass",
    "match x:\n case *a: pass", "match x:\n case -j: pass", "match x:\n case 1 + 1: pass",
    "match x:\n case f(): pass", "match x:\n case _ as _: pass", "match x:\n case a, *b, *c: pass",
    "type = 1 = 2", "type X = ", "type X[T", "class A[]: pass", "def f[T](]: pass",
    "x = 1\n  y = 2", "  x = 1", "if x:\npass", "else: pass", "elif x: pass", "except: pass",
    "finally: pass", "try:\n pass\nfinally:\n pass\nexcept: pass", "try:\n pass\nexcept* E:\n pass\nexcept E:\n pass",
    "f'{'", "f'}'", "f'{x!r=}'", "f'{x=!}'", "f'{x:{y:{z:{w}}}}'", "f'{\\'a\\'}'", "f'{#}'",
    "f'''{\n}'''", "f'{x:}}'", "f'{x!r :}'", "f'{ !r}'", "f'{x!}'", "rf'{x!a'", "f'{x:{'",
    "b'é'", "'\\N{bogus}'", "'\\x1'", "'\\u12'", "'\\U1234567'", "b'\\x1'", "'a' b'b'", "b'a' f'b'",
    "0b2", "0o8", "0x", "1_", "1__0", "1e", "1.e+", "0_7", "1j2", "09", "1if 1else 0", "0x1for x in y",
    "x = 1;;", ";", "x = (1 2)", "f(1 2)", "[1 2]", "{1 2}", "{1: 2 3: 4}", "a b c", "print f(x)",
    "exec 'x'", "x = [\n1,\n2\n3]", "def f():\n    x = 1\n   y = 2", "class A:\n  def f(self):\n  pass",
    "@\ndef f(): pass", "@x\nclass", "@x y\ndef f(): pass", "@x\nx = 1", "async x = 1", "async with",
    "async for x in y: pass\n", "await", "yield = 1", "x = 1 from 2", "import a.b as", "from (a) import b",
    "from a import (b", "from a import (b,) c", "import a,", "from .a import *", "with (a as b, c as d,): pass\nx = (",
    "with (yield) as x: pass\n(", "def f(a: int = 1, *, b: int, c=2, **d: str) -> None: pass\n)",
    "x = '''\n", "x = '\\\n", "'''", '"""abc', "f'''abc", "x = 1 \\", "\\", "\\\n", "x\\\n", "(\\\n)",
    "def f(x, y=1, z): pass", "f(**x, *y, z)", "f(*x, **y, z)", "f(a=1, *b, c)", "f(x, *y, **z, w)",
]


def _code_strings(call: ast.Call):
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if not any(part in name.lower() for part in _CODE_TAKERS):
        return
    for argument in call.args:
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            yield argument.value
        elif isinstance(argument, (ast.List, ast.Tuple)):
            for element in argument.elts:
                if isinstance(element, ast.Constant) and isinstance(element.value, str):
                    yield element.value


def _harvest_file(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except SyntaxError:
        return
    parser = doctest.DocTestParser()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for code in _code_strings(node):
                yield code
                if code != textwrap.dedent(code):
                    yield textwrap.dedent(code)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and ">>> " in node.value:
            try:
                examples = parser.get_examples(node.value)
            except ValueError:
                continue
            for example in examples:
                yield example.source


def _rejected_by_ast_parse(code: str) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(code)
        except SyntaxError:
            return True
        except (ValueError, TypeError, MemoryError, RecursionError):
            return False
    return False


def program_id(code: str) -> str:
    """A short stable name for a program, used in known_failures/parse.toml."""
    return "invalid:" + hashlib.sha256(code.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@cache
def invalid_programs() -> tuple[tuple[str, str], ...]:
    """(origin, source) of every program CPython's ast.parse rejects, without duplicates."""
    seen, programs = set(), []
    test_directory = stdlib_directory() / "test"
    for name in dict.fromkeys(HARVESTED_FILES):
        path = test_directory / name
        if not path.exists():
            continue
        for code in _harvest_file(path):
            if code not in seen and "\0" not in code and _rejected_by_ast_parse(code):
                seen.add(code)
                programs.append((name, code))
    for code in OWN_PROGRAMS:
        if code not in seen and _rejected_by_ast_parse(code):
            seen.add(code)
            programs.append(("own", code))
    return tuple(programs)
