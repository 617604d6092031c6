"""Symbol tables: for every scope of a program, what each name is.

Before generating code, the compiler must know, for every name in every
scope, which instruction reaches it: a fast local (``LOAD_FAST``), a cell or
free variable shared with nested functions (``LOAD_DEREF``), a global or
builtin (``LOAD_GLOBAL``), or a name looked up at run time in a class or
module namespace (``LOAD_NAME``). The symbol table answers that, in two
passes over the AST:

1. ``builder.py`` walks the AST and records what each scope does with each
   name (assigns it, reads it, declares it ``global`` ...);
2. ``analyzer.py`` decides where each name lives (LOCAL, GLOBAL_EXPLICIT,
   GLOBAL_IMPLICIT, FREE or CELL), merges inlined comprehensions (PEP 709)
   into their enclosing scope, and finds the implicit ``__class__`` and
   ``__classdict__`` cells.

This package re-implements CPython 3.12.1's Python/symtable.c, flag for flag,
so that its results can be compared with CPython's ``symtable`` module.

Interface for the code generator (stable)
=========================================

Build::

    from clearpy.compiler.symtable import build_symtable
    table = build_symtable(module_node, filename, future)

``module_node`` is an ``ast.Module``, ``ast.Expression`` or ``ast.Interactive``
(after the AST optimizer, as in CPython: the symbol table must describe the
tree code is generated from). ``future`` is the ``FutureFeatures`` from
``clearpy.compiler.future.parse_future`` with the compile flags merged in
(``future.features |= flags``); None means no future features. Compile-time
errors (duplicate argument, nonlocal without binding, ...) are raised as
``SyntaxError`` with CPython's message and position.

``table`` is a ``Symtable`` (CPython's ``struct symtable``):

* ``table.top``: the module's ``Scope``;
* ``table.lookup(node)``: the ``Scope`` for an AST object, keyed as CPython
  keys them (``_PySymtable_Lookup``): a FunctionDef/AsyncFunctionDef/ClassDef/
  Lambda/ListComp/SetComp/DictComp/GeneratorExp node; for PEP 695, the
  ``node.type_params`` *list* of a generic def/class/type alias (its type
  parameter scope), the TypeAlias statement (the scope of its value) and a
  TypeVar node (the scope of its bound). KeyError if there is none.
* ``table.filename``, ``table.future``; ``table.scopes()`` iterates all.

A ``Scope`` (CPython's ``PySTEntryObject``; ``ste_x`` is ``scope.x``):

==========================  =====================================================
``type``                    ``BlockType``: FUNCTION, CLASS, MODULE, ANNOTATION,
                            TYPE_VAR_BOUND, TYPE_ALIAS, TYPE_PARAMETERS
                            (IntEnum, same numbers as CPython's ``_Py_block_ty``)
``name``                    'top', the def/class name, 'lambda', 'listcomp',
                            'setcomp', 'dictcomp', 'genexpr', '_annotation', or
                            the TypeVar / alias name
``symbols``                 dict name -> flags (``flags.py``: DEF_* bits below
                            SCOPE_OFFSET=12, the scope above it), mangled names
``varnames``                the parameters, in order (posonly, positional,
                            keyword-only, ``*args``, ``**kwargs``)
``children``                nested scopes in source order; inlined comprehensions
                            are replaced by their own children
``id``, ``node``            the lookup key (``id(node)``) and the keyed object
``nested``                  inside a function-like scope, at any depth
``free``, ``child_free``    has free variables; some nested scope has
``generator``               contains yield, or is a generator expression
``coroutine``               async def, or contains await / async comprehension
``comprehension``           ``ComprehensionType``: NONE, LIST, DICT, SET, GENERATOR
``comp_inlined``            a comprehension merged into its parent (PEP 709)
``varargs``, ``varkeywords``  has ``*args``, ``**kwargs``
``returns_value``           has ``return <value>``
``needs_class_closure``     a class that must create the ``__class__`` cell
``needs_classdict``         a class that must create the ``__classdict__`` cell
``can_see_class_scope``     an annotation scope that reads the class namespace
``comp_iter_target``,       pass-one state (CPython keeps them on the entry too)
``comp_iter_expr``
``lineno``, ``col_offset``, position of the scope's node (0 for the module)
``end_lineno``,
``end_col_offset``
``directives``              (name, lineno, col, end_lineno, end_col) of each
                            global/nonlocal, for error positions
==========================  =====================================================

``scope.get_scope(name)`` / ``get_scope(scope, name)`` is ``_PyST_GetScope``
(LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0 when absent);
``scope.get_symbol(name)`` is ``_PyST_GetSymbol``; ``scope.is_function_like``
is ``_PyST_IsFunctionLike``; ``mangle(class_name, name)`` is ``_Py_Mangle``.

The public, stdlib-compatible view (``SymbolTable``, ``Function``, ``Class``,
``Symbol``, and ``symtable(code, filename, compile_type)``) is in ``public.py``.
"""

import ast

from clearpy.compiler.future import FutureFeatures
from clearpy.compiler.symtable.analyzer import analyze
from clearpy.compiler.symtable.builder import build_scopes, python_recursion_room
from clearpy.compiler.symtable.flags import (
    CELL, DEF_ANNOT, DEF_BOUND, DEF_COMP_CELL, DEF_COMP_ITER, DEF_FREE, DEF_FREE_CLASS,
    DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, FREE,
    GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET, USE, BlockType,
    ComprehensionType)
from clearpy.compiler.symtable.mangle import mangle
from clearpy.compiler.symtable.scope import Scope, Symtable, get_scope, get_symbol

__all__ = [
    "build_symtable", "Symtable", "Scope", "get_scope", "get_symbol", "mangle",
    "BlockType", "ComprehensionType",
    "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
    "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM",
    "DEF_COMP_CELL", "DEF_BOUND", "SCOPE_OFFSET", "SCOPE_MASK",
    "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL",
]


def build_symtable(module: ast.mod, filename: str = "<unknown>",
                   future: FutureFeatures | None = None) -> Symtable:
    """Both passes over ``module``: the finished symbol tables (``_PySymtable_Build``)."""
    with python_recursion_room():
        table = build_scopes(module, filename, future or FutureFeatures())
        analyze(table)
    return table
