"""The internal interface the code generator uses: lookup by node, fields, helpers."""

import ast
import symtable as cpython_symtable

import pytest
from hypothesis import given, settings, strategies as st

from clearpy.compiler.future import CO_FUTURE_ANNOTATIONS, FutureFeatures
from clearpy.compiler.symtable import (
    CELL, DEF_LOCAL, DEF_PARAM, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_OFFSET, USE,
    BlockType, build_symtable, get_scope, get_symbol, mangle)
from clearpy.compiler.symtable import flags as flag_values


def build(source, future=None):
    tree = ast.parse(source)
    return tree, build_symtable(tree, "<test>", future)


def test_flag_values_are_cpythons():
    import _symtable

    for name in ("DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
                 "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_BOUND", "DEF_ANNOT", "SCOPE_MASK",
                 "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"):
        assert getattr(flag_values, name) == getattr(_symtable, name), name
    assert flag_values.SCOPE_OFFSET == _symtable.SCOPE_OFF
    assert (flag_values.DEF_COMP_ITER, flag_values.DEF_TYPE_PARAM, flag_values.DEF_COMP_CELL) == (
        512, 1024, 2048)
    for block in BlockType:
        if block.name != "TYPE_PARAMETERS":
            assert getattr(_symtable, f"TYPE_{block.name}") == block.value
    assert _symtable.TYPE_TYPE_PARAM == BlockType.TYPE_PARAMETERS


def test_lookup_finds_each_kind_of_scope_by_its_node():
    source = (
        "def f[T: int](x=lambda: 0):\n"
        "    return [y for y in x], (z for z in x), {a for a in x}, {b: b for b in x}\n"
        "class C[U]:\n"
        "    pass\n"
        "type A[V] = V\n"
    )
    tree, table = build(source)
    function, klass, alias = tree.body
    assert table.lookup(tree) is table.top and table.top.type == BlockType.MODULE
    assert table.lookup(function).type == BlockType.FUNCTION
    assert table.lookup(function.type_params).type == BlockType.TYPE_PARAMETERS
    assert table.lookup(function.type_params[0]).type == BlockType.TYPE_VAR_BOUND
    assert table.lookup(function.args.defaults[0]).name == "lambda"
    names = [table.lookup(element).name for element in function.body[0].value.elts]
    assert names == ["listcomp", "genexpr", "setcomp", "dictcomp"]
    assert table.lookup(klass).type == BlockType.CLASS
    assert table.lookup(klass.type_params).name == "C"
    assert table.lookup(alias).type == BlockType.TYPE_ALIAS
    assert table.lookup(alias.type_params).type == BlockType.TYPE_PARAMETERS
    with pytest.raises(KeyError, match="unknown symbol table entry"):
        table.lookup(function.body[0])


def test_scope_fields():
    source = (
        "async def co(*args, **kwargs):\n"
        "    await x\n"
        "def gen():\n"
        "    yield 1\n"
        "    return 2\n"
        "class K:\n"
        "    def m(self): return super().m()\n"
        "    def n[T](self): pass\n"
    )
    tree, table = build(source)
    co, gen, klass = (table.lookup(node) for node in tree.body)
    assert (co.coroutine, co.generator, co.varargs, co.varkeywords) == (True, False, True, True)
    assert co.varnames == ["args", "kwargs"]
    assert (gen.generator, gen.returns_value, gen.nested) == (True, True, False)
    assert klass.needs_class_closure and klass.needs_classdict
    type_params = table.lookup(tree.body[2].body[1].type_params)
    assert type_params.can_see_class_scope and type_params.nested is False
    method = table.lookup(tree.body[2].body[0])
    assert method.get_scope("__class__") == FREE and method.get_scope("super") == GLOBAL_IMPLICIT
    assert (method.lineno, method.col_offset, method.end_lineno) == (7, 4, 7)
    assert repr(method).startswith("<symtable entry m(")


def test_get_scope_and_get_symbol():
    tree, table = build("def f(a):\n    b = 1\n    global c\n    def g(): return b + d\n")
    f = table.lookup(tree.body[0])
    assert get_scope(f, "a") == LOCAL and get_symbol(f, "a") == DEF_PARAM | LOCAL << SCOPE_OFFSET
    assert get_scope(f, "b") == CELL and get_symbol(f, "b") & DEF_LOCAL
    assert get_scope(f, "c") == GLOBAL_EXPLICIT
    assert get_scope(f, "missing") == 0 and get_symbol(f, "missing") == 0
    g = f.children[0]
    assert (get_scope(g, "b"), get_scope(g, "d")) == (FREE, GLOBAL_IMPLICIT)
    assert get_symbol(g, "d") & USE and g.nested and g.free and f.child_free


def test_future_annotations_make_unlisted_annotation_scopes():
    source = "def f(x: a) -> b:\n    y: c = 1\n"
    tree, table = build(source, FutureFeatures(CO_FUTURE_ANNOTATIONS))
    f = table.lookup(tree.body[0])
    assert "a" not in table.top.symbols and "c" not in f.symbols
    annotation = table.lookup(tree.body[0].returns)
    assert annotation.type == BlockType.ANNOTATION and "b" in annotation.symbols
    assert annotation not in table.top.children
    tree, table = build(source)
    assert {"a", "b"} <= table.top.symbols.keys() and "c" in table.lookup(tree.body[0]).symbols


def test_scopes_walks_every_scope_parents_first():
    tree, table = build("def f():\n    def g(): pass\nclass C:\n    lambda: 0\n")
    assert [scope.name for scope in table.scopes()] == ["top", "f", "g", "C", "lambda"]


def test_expression_and_interactive_modules():
    tree = ast.parse("lambda: x", mode="eval")
    table = build_symtable(tree)
    assert table.top.children[0].name == "lambda"
    tree = ast.parse("x = 1\n", mode="single")
    assert build_symtable(tree).top.get_scope("x") == LOCAL
    with pytest.raises(RuntimeError, match="FunctionTypes"):
        build_symtable(ast.parse("(int) -> str", mode="func_type"))


def deeply_nested(depth: int) -> ast.Module:
    """``x = -(-(...-1))``, built directly (ast.parse has a recursion limit of its own)."""
    tree = ast.parse("x = 1\n")
    expression = tree.body[0].value
    for _ in range(depth):
        expression = ast.UnaryOp(ast.USub(), expression)
    tree.body[0].value = expression
    return tree


def test_recursion_limit_matches_cpython():
    # symtable.symtable("x = " + "-" * n + "1") succeeds up to n = 2994 in CPython 3.12.1.
    build_symtable(deeply_nested(2994))
    with pytest.raises(RecursionError, match="maximum recursion depth exceeded during compilation"):
        build_symtable(deeply_nested(2995))


# -- mangling ---------------------------------------------------------------------

@pytest.mark.parametrize("class_name, name, expected", [
    ("C", "__x", "_C__x"), ("C", "__x__", "__x__"), ("C", "_x", "_x"), ("C", "x", "x"),
    ("_C", "__x", "_C__x"), ("__C", "__x", "_C__x"), ("___", "__x", "__x"),
    ("C", "__a.b", "__a.b"), ("C", "__", "__"), ("C", "___", "___"), (None, "__x", "__x"),
    ("C", "__é", "_C__é"),
])
def test_mangle(class_name, name, expected):
    assert mangle(class_name, name) == expected


identifiers = st.from_regex(r"\A_{0,3}[a-zA-Z][a-zA-Z0-9_]{0,6}_{0,3}\Z")


@settings(max_examples=100, deadline=None)
@given(class_name=identifiers, name=identifiers)
def test_mangle_agrees_with_cpython(class_name, name):
    # CPython's table for the class body holds the mangled name.
    table = cpython_symtable.symtable(f"class {class_name}:\n    {name} = 1\n", "<m>", "exec")
    (mangled,) = table.get_children()[0].get_identifiers()
    assert mangle(class_name, name) == mangled
