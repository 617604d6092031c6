"""Hand-made (and broken) syntax trees: clearpy.compile against compile().

``compile()`` accepts a tree built by hand and checks it (``PyAST_obj2mod``,
``_PyAST_Validate``). Here valid trees of ``codegen_programs`` are broken at
random (a context changed, a field deleted or set to None or to junk, a list
emptied, a name made ``None``, a position made negative ...), and clearpy
must give exactly CPython's result: the same code objects, or the same
exception class and message. CPython runs in a forked child, as a few broken
trees crash it.
"""

import ast
import marshal
import os
import pickle
import random
import warnings

import pytest

from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.conformance.compile import compare_code_trees

from codegen_programs import PROGRAMS

# xdist's workers run threads; forking there is fine for this child, which only compiles.
pytestmark = pytest.mark.filterwarnings("ignore:This process .* use of fork:DeprecationWarning")

SOURCES = [PROGRAMS[name] for name in sorted(PROGRAMS)]
JUNK = [42, "x", [1], None]
NAMES = ["None", "True", "_", "__debug__", ""]

# A known difference (a tree CPython compiles into invalid bytecode; clearpy's
# back end refuses it): an ``except*`` handler without an exception type.
KNOWN = {"typeless except*"}


def _mutate(tree: ast.AST, rng: random.Random) -> str | None:
    """Break one random node of ``tree`` in one random way; describe what was done."""
    node = rng.choice(list(ast.walk(tree)))
    kind = type(node).__name__
    choice = rng.randrange(9)
    if choice == 0 and hasattr(node, "ctx"):
        node.ctx = rng.choice([ast.Load(), ast.Store(), ast.Del()])
        return f"{kind}.ctx changed"
    if choice == 8 and hasattr(node, "lineno"):
        node.lineno = rng.choice([None, "a", -5, 0])
        return f"{kind}.lineno = {node.lineno!r}"
    if not node._fields:
        return None
    field = rng.choice(node._fields)
    value = getattr(node, field, None)
    if choice == 1:
        try:
            delattr(node, field)
        except AttributeError:
            return None
        if kind == "ExceptHandler" and field == "type" and isinstance(tree, ast.Module) \
                and any(isinstance(statement, ast.TryStar) for statement in ast.walk(tree)):
            return "typeless except*"
        return f"del {kind}.{field}"
    if choice == 2:
        setattr(node, field, None)
        return f"{kind}.{field} = None"
    if choice == 3 and isinstance(value, list):
        value.clear()
        return f"{kind}.{field} emptied"
    if choice == 4 and isinstance(value, list) and value:
        del value[rng.randrange(len(value))]
        return f"{kind}.{field} shortened"
    if choice == 5:
        setattr(node, field, rng.choice(JUNK + [ast.Pass(), ast.Load()]))
        return f"{kind}.{field} = junk"
    if choice == 6 and isinstance(value, str):
        setattr(node, field, rng.choice(NAMES))
        return f"{kind}.{field} renamed"
    if choice == 7 and isinstance(value, list) and value:
        value.append(value[0])
        return f"{kind}.{field} lengthened"
    return None


def _cpython_outcome(tree):
    """CPython's result in a forked child: ('code', code), ('error', class, message) or None."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                data = pickle.dumps(("code", marshal.dumps(compile(tree, "m.py", "exec",
                                                                   dont_inherit=True))))
        except BaseException as error:
            data = pickle.dumps(("error", type(error).__name__, str(error)))
        os.write(writer, data)
        os._exit(0)
    os.close(writer)
    chunks = []
    while chunk := os.read(reader, 1 << 16):
        chunks.append(chunk)
    os.close(reader)
    _, status = os.waitpid(pid, 0)
    if status or not chunks:
        return None                  # CPython crashed on this tree
    result = pickle.loads(b"".join(chunks))
    return ("code", marshal.loads(result[1])) if result[0] == "code" else result


def _clearpy_outcome(tree):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ("code", clearpy_compile(tree, "m.py", "exec", dont_inherit=True))
    except (SyntaxError, ValueError, TypeError) as error:
        return ("error", type(error).__name__, str(error))


@pytest.mark.parametrize("seed", range(12))
def test_broken_trees_like_cpython(seed):
    rng = random.Random(seed)
    for _ in range(40):
        tree = ast.parse(rng.choice(SOURCES))
        changes = [_mutate(tree, rng) for _ in range(rng.randint(1, 2))]
        if KNOWN.intersection(changes):
            continue
        expected = _cpython_outcome(tree)
        if expected is None:
            continue
        got = _clearpy_outcome(tree)
        if expected[0] == "code" and got[0] == "code":
            differences = []
            compare_code_trees(got[1], expected[1], differences)
            assert differences == [], changes
        else:
            assert got == expected, changes


LOCATION = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)


def _name(identifier="x", context=ast.Load):
    return ast.Name(identifier, context(), **LOCATION)


@pytest.mark.parametrize("statement", [
    ast.Expr(_name(context=ast.Store), **LOCATION),
    ast.Assign([], ast.Constant(1, **LOCATION), **LOCATION),
    ast.Assign([ast.Constant(1, **LOCATION)], ast.Constant(1, **LOCATION), **LOCATION),
    ast.Delete([_name(context=ast.Load)], **LOCATION),
    ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], None,
                    type_params=[], **LOCATION),
    ast.ImportFrom("m", [ast.alias("x", None, **LOCATION)], -1, **LOCATION),
    ast.Import([], **LOCATION),
    ast.Raise(None, _name(), **LOCATION),
    ast.Try([ast.Pass(**LOCATION)], [], [], [], **LOCATION),
    ast.Expr(ast.BoolOp(ast.And(), [_name()], **LOCATION), **LOCATION),
    ast.Expr(ast.Dict([_name()], [], **LOCATION), **LOCATION),
    ast.Expr(ast.Compare(_name(), [], [], **LOCATION), **LOCATION),
    ast.Expr(_name("None"), **LOCATION),
    ast.Expr(ast.Constant({1}, **LOCATION), **LOCATION),
    ast.Expr(ast.NamedExpr(ast.Attribute(_name(), "a", ast.Store(), **LOCATION),
                           ast.Constant(1, **LOCATION), **LOCATION), **LOCATION),
    ast.Expr(ast.ListComp(_name(), [], **LOCATION), **LOCATION),
    ast.AnnAssign(ast.Attribute(_name(), "a", ast.Store(), **LOCATION), _name(), None, 1,
                  **LOCATION),
    ast.Expr(ast.Name("x", ast.Load(), lineno=2, col_offset=0, end_lineno=1,
                      end_col_offset=1), **LOCATION),
    ast.Expr(ast.Name("x", ast.Load(), lineno=1, col_offset=5, end_lineno=1,
                      end_col_offset=1), **LOCATION),
    ast.Match(_name(), [ast.match_case(ast.MatchSingleton(1, **LOCATION), None,
                                       [ast.Pass(**LOCATION)])], **LOCATION),
    ast.Match(_name(), [ast.match_case(ast.MatchAs(ast.MatchStar(None, **LOCATION), None,
                                                   **LOCATION), None,
                                       [ast.Pass(**LOCATION)])], **LOCATION),
    ast.Match(_name(), [ast.match_case(ast.MatchOr([ast.MatchAs(None, "a", **LOCATION)],
                                                   **LOCATION), None,
                                       [ast.Pass(**LOCATION)])], **LOCATION),
    ast.Match(_name(), [ast.match_case(ast.MatchAs(None, "_", **LOCATION), None,
                                       [ast.Pass(**LOCATION)])], **LOCATION),
    ast.Match(_name(), [ast.match_case(ast.MatchValue(_name(), **LOCATION), None,
                                       [ast.Pass(**LOCATION)])], **LOCATION),
    ast.Match(_name(), [ast.match_case(ast.MatchClass(ast.Constant(1, **LOCATION), [], [],
                                                      [], **LOCATION), None,
                                       [ast.Pass(**LOCATION)])], **LOCATION),
])
def test_invalid_statements(statement):
    tree = ast.Module([statement], [])
    assert _clearpy_outcome(tree) == _cpython_outcome(tree)
