"""The internal scope fields, checked against the code objects CPython compiles.

CPython's ``symtable`` module shows only names, flags and children. The other
fields the code generator reads (generator, coroutine, nested, varargs,
varkeywords, needs_class_closure, needs_classdict, comp_inlined, and which
names become cells or free variables) show in ``compile()``'s code objects:
``co_flags``, ``co_cellvars``, ``co_freevars``. Each scope that becomes a code
object is matched with CPython's by name and first line.
"""

import ast
import types
import warnings

import pytest

from clearpy.compiler.future import parse_future
from clearpy.compiler.symtable import (
    CELL, DEF_COMP_CELL, DEF_FREE_CLASS, FREE, BlockType, build_symtable)
from clearpy.corpus import corpus_sample
from symtable_cases import VALID

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x10, 0x20, 0x80, 0x200
SCOPE_FLAGS = (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS | CO_NESTED
               | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)


def expected_code_flags(scope) -> int:
    """The co_flags bits compile.c derives from a scope (compute_code_flags)."""
    flags = 0
    if scope.is_function_like:
        flags |= CO_OPTIMIZED | CO_NEWLOCALS
        if scope.nested:
            flags |= CO_NESTED
        if scope.generator and not scope.coroutine:
            flags |= CO_GENERATOR
        if scope.coroutine and not scope.generator:
            flags |= CO_COROUTINE
        if scope.generator and scope.coroutine:
            flags |= CO_ASYNC_GENERATOR
        if scope.varargs:
            flags |= CO_VARARGS
        if scope.varkeywords:
            flags |= CO_VARKEYWORDS
    return flags


def expected_cellvars(scope) -> set[str]:
    cells = {name for name, flags in scope.symbols.items()
             if scope.get_scope(name) == CELL or flags & DEF_COMP_CELL}
    if scope.needs_class_closure:
        cells.add("__class__")
    if scope.needs_classdict:
        cells.add("__classdict__")
    return cells


def expected_freevars(scope) -> set[str]:
    return {name for name, flags in scope.symbols.items()
            if scope.get_scope(name) == FREE or flags & DEF_FREE_CLASS}


def code_name(scope) -> str:
    node = scope.node
    if scope.type == BlockType.MODULE:
        return "<module>"
    if scope.type == BlockType.TYPE_PARAMETERS:
        return f"<generic parameters of {scope.name}>"
    if isinstance(node, (ast.Lambda, ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)):
        return {"lambda": "<lambda>", "genexpr": "<genexpr>"}.get(scope.name, f"<{scope.name}>")
    return scope.name


def first_line(scope) -> int | None:
    """co_firstlineno: the first decorator's line for a decorated def or class."""
    if scope.type == BlockType.MODULE:
        return 1
    if scope.type == BlockType.TYPE_PARAMETERS:
        return None  # any line: matched by its unique name
    decorators = getattr(scope.node, "decorator_list", [])
    return min([scope.node.lineno] + [decorator.lineno for decorator in decorators])


def all_code_objects(code):
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from all_code_objects(constant)


def differences_with_cpython(source, filename="<case>") -> tuple[int, list]:
    """(scopes matched, differences) between the scopes and CPython's code objects."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = compile(source, filename, "exec")
        tree = ast.parse(source)
    table = build_symtable(tree, filename, parse_future(tree, filename))
    codes = list(all_code_objects(code))
    matched, differences = 0, []
    for scope in table.scopes():
        if scope.comp_inlined:
            assert not any(c.co_name == code_name(scope) and c.co_firstlineno == scope.lineno
                           for c in codes if c.co_name.startswith("<")), "inlined, no code"
            continue
        line = first_line(scope)
        candidates = [c for c in codes if c.co_name == code_name(scope)
                      and (line is None or c.co_firstlineno == line)]
        if len(candidates) != 1:
            continue
        matched += 1
        theirs = candidates[0]
        where = f"{scope.name} (line {scope.lineno})"
        if set(theirs.co_cellvars) != expected_cellvars(scope):
            differences.append((where, "cells", expected_cellvars(scope), theirs.co_cellvars))
        if set(theirs.co_freevars) != expected_freevars(scope):
            differences.append((where, "frees", expected_freevars(scope), theirs.co_freevars))
        if theirs.co_flags & SCOPE_FLAGS != expected_code_flags(scope):
            differences.append((where, "flags", hex(expected_code_flags(scope)),
                                hex(theirs.co_flags & SCOPE_FLAGS)))
    return matched, differences


@pytest.mark.parametrize("source", [case[1] for case in VALID], ids=[case[0] for case in VALID])
def test_scope_fields_match_cpython_code_objects(source):
    try:
        matched, differences = differences_with_cpython(source)
    except SyntaxError:
        pytest.skip("a compile() error (codegen's), not a symbol-table one")
    assert matched >= 1
    assert differences == []


@pytest.mark.parametrize("path", corpus_sample(25, seed=5), ids=str)
def test_scope_fields_match_on_corpus_files(path):
    try:
        matched, differences = differences_with_cpython(path.read_bytes(), str(path))
    except SyntaxError:
        pytest.skip("CPython rejects this file")
    assert differences == []


def test_comprehension_kinds_and_inlining():
    source = "def f():\n    [a for a in x]\n    {b for b in x}\n    {c: c for c in x}\n    (d for d in x)\n"
    tree = ast.parse(source)
    table = build_symtable(tree)
    function = table.lookup(tree.body[0])
    kinds = {}
    for statement in tree.body[0].body:
        scope = table.lookup(statement.value)
        kinds[type(statement.value).__name__] = (scope.comprehension.name, scope.comp_inlined,
                                                 scope.generator)
    assert kinds == {"ListComp": ("LIST", True, False), "SetComp": ("SET", True, False),
                     "DictComp": ("DICT", True, False), "GeneratorExp": ("GENERATOR", False, True)}
    # Only the generator expression is still a child; the others were merged.
    assert [child.name for child in function.children] == ["genexpr"]
    assert {"a", "b", "c"} <= function.symbols.keys() and "d" not in function.symbols
