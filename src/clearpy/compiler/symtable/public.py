"""``clearpy.symtable()``: the standard library's ``symtable`` interface, on clearpy's tables.

``symtable(code, filename, compile_type)`` parses ``code`` and returns the
module's ``SymbolTable``, exactly like ``symtable.symtable`` in the standard
library: the same classes (``SymbolTable``, ``Function``, ``Class``,
``Symbol``), the same methods and the same answers, so code written for one
works with the other. Only the tables underneath are clearpy's own.
"""

import ast
import weakref

from clearpy.compiler.errors import decode_filename
from clearpy.compiler.future import parse_future
from clearpy.compiler.symtable import build_symtable
from clearpy.compiler.symtable.flags import (
    CELL, DEF_ANNOT, DEF_BOUND, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, FREE,
    GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET, USE, BlockType)

MODES = ("exec", "eval", "single")

TYPE_NAMES = {
    BlockType.MODULE: "module",
    BlockType.FUNCTION: "function",
    BlockType.CLASS: "class",
    BlockType.ANNOTATION: "annotation",
    BlockType.TYPE_VAR_BOUND: "TypeVar bound",
    BlockType.TYPE_ALIAS: "type alias",
    BlockType.TYPE_PARAMETERS: "type parameter",
}


def symtable(code, filename, compile_type, *, parse=None):
    """The top-level ``SymbolTable`` for the source ``code`` (like ``symtable.symtable``).

    ``filename`` names the file in error messages; ``compile_type`` is the
    ``compile()`` mode: 'exec', 'eval' or 'single'. ``parse`` turns source into
    an AST, ``parse(source, filename, mode)``; by default clearpy's own parser
    once it exists, else ``ast.parse``.
    """
    filename_text = _check_filename(filename)
    if not isinstance(compile_type, str):
        raise TypeError(f"symtable() argument 3 must be str, not {type(compile_type).__name__}")
    if "\0" in compile_type:
        raise ValueError("embedded null character")
    source = _source_text(code)
    if compile_type not in MODES:
        raise ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    tree = (parse or default_parser())(source, filename_text, compile_type)
    future = parse_future(tree, filename_text)
    table = build_symtable(tree, filename_text, future)
    return _new_symbol_table(table.top, filename)


def default_parser():
    """clearpy's parser when it is available, CPython's ``ast.parse`` until then."""
    import clearpy

    if "parse" in clearpy._STAGE_ENTRY_POINTS:
        return clearpy.parse
    return ast.parse


def _check_filename(filename) -> str:
    """The filename as text, refused as ``PyUnicode_FSDecoder`` refuses it."""
    text = decode_filename(filename)
    if "\0" in text:
        raise ValueError("embedded null character")
    return text


def _source_text(code):
    """``code`` as str or bytes, checked as ``_Py_SourceAsString`` checks it."""
    if isinstance(code, str):
        if "\0" in code:
            raise SyntaxError("source code string cannot contain null bytes")
        code.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError, as in CPython
        return code
    try:
        data = bytes(memoryview(code))
    except TypeError:
        raise TypeError("symtable() arg 1 must be a string or bytes object") from None
    if b"\0" in data:
        raise SyntaxError("source code string cannot contain null bytes")
    return data


class _SymbolTableFactory:
    """Make at most one wrapper per (scope, filename) while it is in use."""

    def __init__(self):
        self._memo = weakref.WeakValueDictionary()

    def new(self, table, filename):
        if table.type == BlockType.FUNCTION:
            return Function(table, filename)
        if table.type == BlockType.CLASS:
            return Class(table, filename)
        return SymbolTable(table, filename)

    def __call__(self, table, filename):
        key = table, filename
        wrapper = self._memo.get(key)
        if wrapper is None:
            wrapper = self._memo[key] = self.new(table, filename)
        return wrapper


_new_symbol_table = _SymbolTableFactory()


class SymbolTable:
    """One scope of the program, seen from outside (``symtable.SymbolTable``)."""

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = "" if type(self) is SymbolTable else f"{type(self).__name__} "
        if self._table.name == "top":
            return f"<{kind}SymbolTable for module {self._filename}>"
        return f"<{kind}SymbolTable for {self._table.name} in {self._filename}>"

    def get_type(self):
        """'module', 'function', 'class', 'annotation', 'TypeVar bound',
        'type alias' or 'type parameter'."""
        return TYPE_NAMES[self._table.type]

    def get_id(self):
        """A number identifying the table."""
        return self._table.id

    def get_name(self):
        """The class or function name, 'top' for the module, 'lambda', 'listcomp' ..."""
        return self._table.name

    def get_lineno(self):
        """The first line of the block (0 for the module)."""
        return self._table.lineno

    def is_optimized(self):
        """True if the locals are fast locals (a function's)."""
        return self._table.type == BlockType.FUNCTION

    def is_nested(self):
        """True if the block is a class or function inside a function."""
        return bool(self._table.nested)

    def has_children(self):
        """True if the block contains nested scopes."""
        return bool(self._table.children)

    def get_identifiers(self):
        """A view of the names in the table."""
        return self._table.symbols.keys()

    def lookup(self, name):
        """The ``Symbol`` for ``name`` (KeyError if the block never mentions it)."""
        symbol = self._symbols.get(name)
        if symbol is None:
            flags = self._table.symbols[name]
            namespaces = self._namespaces_named(name)
            module_scope = self._table.name == "top"
            symbol = self._symbols[name] = Symbol(name, flags, namespaces,
                                                  module_scope=module_scope)
        return symbol

    def get_symbols(self):
        """A ``Symbol`` for each name in the table."""
        return [self.lookup(name) for name in self.get_identifiers()]

    def _namespaces_named(self, name):
        return [_new_symbol_table(child, self._filename)
                for child in self._table.children if child.name == name]

    def get_children(self):
        """The nested scopes, as SymbolTables."""
        return [_new_symbol_table(child, self._filename) for child in self._table.children]


class Function(SymbolTable):
    """A function's (or lambda's, comprehension's) table (``symtable.Function``)."""

    _params = None
    _locals = None
    _frees = None
    _globals = None
    _nonlocals = None

    def _names_where(self, test):
        return tuple(name for name in self.get_identifiers() if test(self._table.symbols[name]))

    def get_parameters(self):
        """The parameter names."""
        if self._params is None:
            self._params = self._names_where(lambda flags: flags & DEF_PARAM)
        return self._params

    def get_locals(self):
        """The local names (cells included)."""
        if self._locals is None:
            self._locals = self._names_where(lambda flags: _scope(flags) in (LOCAL, CELL))
        return self._locals

    def get_globals(self):
        """The global names, declared or implicit."""
        if self._globals is None:
            self._globals = self._names_where(
                lambda flags: _scope(flags) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self._globals

    def get_nonlocals(self):
        """The names declared ``nonlocal``."""
        if self._nonlocals is None:
            self._nonlocals = self._names_where(lambda flags: flags & DEF_NONLOCAL)
        return self._nonlocals

    def get_frees(self):
        """The free variables (from enclosing functions)."""
        if self._frees is None:
            self._frees = self._names_where(lambda flags: _scope(flags) == FREE)
        return self._frees


class Class(SymbolTable):
    """A class body's table (``symtable.Class``)."""

    _methods = None

    def get_methods(self):
        """The names of the scopes nested in the class, once each."""
        if self._methods is None:
            self._methods = tuple(dict.fromkeys(child.name for child in self._table.children))
        return self._methods


def _scope(flags):
    return (flags >> SCOPE_OFFSET) & SCOPE_MASK


class Symbol:
    """One name in one scope, and what it is there (``symtable.Symbol``)."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self._name = name
        self._flags = flags
        self._scope = _scope(flags)
        self._namespaces = namespaces or ()
        self._module_scope = module_scope

    def __repr__(self):
        return f"<symbol {self._name!r}>"

    def get_name(self):
        return self._name

    def is_referenced(self):
        """True if the name is read in its block."""
        return bool(self._flags & USE)

    def is_parameter(self):
        return bool(self._flags & DEF_PARAM)

    def is_global(self):
        """True if the name is global (declared, implicit, or bound at module level)."""
        return bool(self._scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self._module_scope and self._flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self._flags & DEF_NONLOCAL)

    def is_declared_global(self):
        """True if a ``global`` statement names it."""
        return bool(self._scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self._scope in (LOCAL, CELL)
                    or (self._module_scope and self._flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self._flags & DEF_ANNOT)

    def is_free(self):
        """True if the name comes from an enclosing function."""
        return bool(self._scope == FREE)

    def is_imported(self):
        return bool(self._flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self._flags & DEF_LOCAL)

    def is_namespace(self):
        """True if a def or class statement binds the name (it names a scope)."""
        return bool(self._namespaces)

    def get_namespaces(self):
        """The scopes the name is bound to."""
        return self._namespaces

    def get_namespace(self):
        """The one scope the name is bound to (ValueError if none or several)."""
        if len(self._namespaces) == 0:
            raise ValueError("name is not bound to any namespaces")
        if len(self._namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self._namespaces[0]
