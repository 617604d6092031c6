"""``clearpy.symtable`` behaves like the standard library's ``symtable.symtable``."""

import ast
import pathlib
import symtable as cpython_symtable

import pytest

import clearpy
from clearpy.compiler.symtable import public

PROGRAM = (
    "import os.path\n"
    "x: int = 1\n"
    "def f(a, *b, c=2, **d):\n"
    "    global x\n"
    "    e = lambda: a\n"
    "    def f(): pass\n"
    "    return x\n"
    "class C:\n"
    "    def m(self): return super()\n"
    "    def m(self, other): pass\n"
    "    def n[T](self): pass\n"
    "type A[T: int] = list[T]\n"
)


def both(source=PROGRAM, filename="prog.py", mode="exec"):
    return cpython_symtable.symtable(source, filename, mode), clearpy.symtable(source, filename, mode)


def walk(table):
    yield table
    for child in table.get_children():
        yield from walk(child)


def test_clearpy_symtable_is_the_registered_stage():
    assert clearpy.symtable is public.symtable


def test_reprs_match():
    expected, actual = both()
    for theirs, mine in zip(walk(expected), walk(actual), strict=True):
        assert repr(mine) == repr(theirs)
        assert type(mine).__name__ == type(theirs).__name__
        for theirs_symbol, my_symbol in zip(theirs.get_symbols(), mine.get_symbols(), strict=True):
            assert repr(my_symbol) == repr(theirs_symbol)


def test_every_method_answers_like_cpython():
    expected, actual = both()
    for theirs, mine in zip(walk(expected), walk(actual), strict=True):
        for method in ("get_type", "get_name", "get_lineno", "is_optimized", "is_nested",
                       "has_children"):
            assert getattr(mine, method)() == getattr(theirs, method)(), method
        assert list(mine.get_identifiers()) == list(theirs.get_identifiers())
        assert type(mine.get_identifiers()) is type(theirs.get_identifiers())
        if isinstance(theirs, cpython_symtable.Function):
            for method in ("get_parameters", "get_locals", "get_globals", "get_nonlocals",
                           "get_frees"):
                assert getattr(mine, method)() == getattr(theirs, method)(), method
        if isinstance(theirs, cpython_symtable.Class):
            assert mine.get_methods() == theirs.get_methods()
        for name in theirs.get_identifiers():
            my_symbol, their_symbol = mine.lookup(name), theirs.lookup(name)
            for method in dir(their_symbol):
                if method.startswith("is_") or method == "get_name":
                    assert getattr(my_symbol, method)() == getattr(their_symbol, method)(), method
            assert ([t.get_name() for t in my_symbol.get_namespaces()]
                    == [t.get_name() for t in their_symbol.get_namespaces()])


def test_tables_and_symbols_are_reused():
    table = clearpy.symtable(PROGRAM, "prog.py", "exec")
    assert table.get_children()[0] is table.get_children()[0]
    assert table.lookup("f") is table.lookup("f")
    assert table.lookup("f").get_namespace() is table.get_children()[0]
    ids = [t.get_id() for t in walk(table)]
    assert len(set(ids)) == len(ids) and all(isinstance(i, int) for i in ids)


def test_lookup_and_namespace_errors_match():
    for table in both():
        with pytest.raises(KeyError):
            table.lookup("nope")
        with pytest.raises(ValueError, match="name is not bound to any namespaces"):
            table.lookup("x").get_namespace()
        klass = table.lookup("C").get_namespace()
        with pytest.raises(ValueError, match="name is bound to multiple namespaces"):
            klass.lookup("m").get_namespace()


@pytest.mark.parametrize("arguments", [
    (1, "f.py", "exec"),
    ("x", "f.py", "spam"),
    ("x", "f.py", 1),
    ("x", 1, "exec"),
    ("x\0", "f.py", "exec"),
    (b"x\0", "f.py", "exec"),
    ("x", "f\0.py", "exec"),
    ("x", b"f\0.py", "exec"),
    ("x", "f.py", "ex\0ec"),
    ("\ud800", "f.py", "exec"),
    ("x", "f.py", "func_type"),
    ("x = (", "f.py", "exec"),
    ("x = 1\ny = 2\n", "f.py", "single"),
])
def test_bad_arguments_raise_like_cpython(arguments):
    with pytest.raises(Exception) as theirs:
        cpython_symtable.symtable(*arguments)
    with pytest.raises(Exception) as mine:
        clearpy.symtable(*arguments)
    assert type(mine.value) is type(theirs.value)
    assert str(mine.value) == str(theirs.value)


@pytest.mark.parametrize("source, filename, mode", [
    (b"# coding: latin-1\nx = '\xe9'\n", "f.py", "exec"),
    (bytearray(b"x = 1\n"), "f.py", "exec"),
    (memoryview(b"lambda: y"), "f.py", "eval"),
    ("x = 1\n", b"bytes.py", "exec"),
    ("x = 1\n", pathlib.Path("dir/path.py"), "exec"),
    ("if x:\n    y = 1\n", "f.py", "single"),
])
def test_accepted_inputs_match(source, filename, mode):
    expected, actual = both(source, filename, mode)
    assert repr(actual) == repr(expected)
    assert list(actual.get_identifiers()) == list(expected.get_identifiers())


def test_parse_step_is_pluggable():
    calls = []

    def parse(source, filename, mode):
        calls.append((source, filename, mode))
        return ast.parse(source, filename, mode)

    table = clearpy.symtable("x = 1\n", "f.py", "exec", parse=parse)
    assert calls == [("x = 1\n", "f.py", "exec")]
    assert table.lookup("x").is_assigned()


def test_default_parser_is_clearpys_once_registered(monkeypatch):
    monkeypatch.delitem(clearpy._STAGE_ENTRY_POINTS, "parse", raising=False)
    assert public.default_parser() is ast.parse
    monkeypatch.setitem(clearpy._STAGE_ENTRY_POINTS, "parse", ("ast", "parse"))
    monkeypatch.delattr(clearpy, "parse", raising=False)
    assert public.default_parser() is ast.parse  # looked up through clearpy.parse
