"""The data a symbol table is made of: scopes, and the table that holds them.

A ``Scope`` is one namespace of the program: the module, a class body, a
function, a lambda, a comprehension, or one of the hidden scopes of PEP 695
(type parameters, a TypeVar's bound, a type alias's value). It maps each name
used there to its flags (see ``flags.py``) and knows its nested scopes.
It mirrors CPython's ``PySTEntryObject`` field by field (``ste_name`` is
``name`` here, ``ste_symbols`` is ``symbols``, and so on).

A ``Symtable`` is the whole result for one module: its top scope, and a way to
find the scope that belongs to an AST node (CPython's ``struct symtable`` and
``_PySymtable_Lookup``).

The table owns its scopes; a scope points back at its table only weakly (a
``weakref.proxy``). A strong link both ways would be a reference cycle: every
compile would leave its symbol tables, and the whole AST they point at, for
the cycle collector to find later, while the user's program runs.
"""

import weakref

from clearpy.compiler.symtable.flags import (
    FUNCTION_LIKE, SCOPE_MASK, SCOPE_OFFSET, BlockType, ComprehensionType)


class Scope:
    """One scope of a program and what pass one and pass two learned about it."""

    __slots__ = (
        "table", "id", "node", "name", "type", "symbols", "varnames", "children",
        "directives", "nested", "free", "child_free", "generator", "coroutine",
        "comprehension", "varargs", "varkeywords", "returns_value",
        "needs_class_closure", "needs_classdict", "comp_inlined", "comp_iter_target",
        "comp_iter_expr", "can_see_class_scope",
        "lineno", "col_offset", "end_lineno", "end_col_offset",
    )

    def __init__(self, table: "Symtable", name: str, block_type: BlockType, node,
                 lineno: int, col_offset: int, end_lineno: int, end_col_offset: int):
        self.table = weakref.proxy(table)  # the Symtable that owns this scope (weakly: see above)
        self.id = id(node)            # the key ``Symtable.lookup`` finds it by
        self.node = node              # the AST object it was made for (keeps ``id`` valid)
        self.name = name              # 'top', a function or class name, 'lambda', 'listcomp' ...
        self.type = block_type
        self.symbols: dict[str, int] = {}   # name -> flags, in order of first appearance
        self.varnames: list[str] = []       # parameters, in order
        self.children: list[Scope] = []     # nested scopes, in source order
        self.directives: list | None = None  # (name, position...) of global/nonlocal
        self.nested = False           # inside a function (at any depth)
        self.free = False             # has free variables of its own
        self.child_free = False       # some nested scope has free variables
        self.generator = False        # contains yield (or is a generator expression)
        self.coroutine = False        # async def, or contains await / async for
        self.comprehension = ComprehensionType.NONE
        self.varargs = False          # has *args
        self.varkeywords = False      # has **kwargs
        self.returns_value = False    # has ``return <value>``
        self.needs_class_closure = False  # a class whose methods use __class__ (super())
        self.needs_classdict = False      # a class whose annotation scopes use __classdict__
        self.comp_inlined = False     # a comprehension inlined into its parent (PEP 709)
        self.comp_iter_target = False  # pass one is inside a comprehension's ``for`` target
        self.comp_iter_expr = 0       # pass one is inside a comprehension's iterable
        self.can_see_class_scope = False  # an annotation scope directly inside a class
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    @property
    def is_function_like(self) -> bool:
        """True for functions and the PEP 695 scopes (CPython's _PyST_IsFunctionLike)."""
        return self.type in FUNCTION_LIKE

    def get_symbol(self, name: str) -> int:
        """The flags of ``name`` here, 0 if the scope never mentions it (_PyST_GetSymbol)."""
        return self.symbols.get(name, 0)

    def get_scope(self, name: str) -> int:
        """LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0 (_PyST_GetScope)."""
        return (self.symbols.get(name, 0) >> SCOPE_OFFSET) & SCOPE_MASK

    def walk(self):
        """This scope and every scope nested in it, parents first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def __repr__(self) -> str:
        return f"<symtable entry {self.name}({self.id}), line {self.lineno}>"


class Symtable:
    """The symbol tables of one module: its top scope, and every scope by AST node."""

    def __init__(self, filename: str, future):
        self.filename = filename
        self.future = future          # the module's FutureFeatures
        self.top: Scope | None = None
        self.blocks: dict[int, Scope] = {}  # id(AST object) -> its scope

    def lookup(self, node) -> Scope:
        """The scope made for ``node`` (CPython's ``_PySymtable_Lookup``).

        ``node`` is the object CPython keys the scope by: the Module (or
        Expression, Interactive) for the top scope; the FunctionDef,
        AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp, DictComp or
        GeneratorExp for theirs; the ``type_params`` *list* of a generic def,
        class or type alias for its type-parameter scope; the TypeAlias
        statement for its value's scope; the TypeVar for its bound's scope.
        """
        try:
            return self.blocks[id(node)]
        except KeyError:
            raise KeyError("unknown symbol table entry") from None

    def scopes(self):
        """Every scope reachable from the top, parents first."""
        return self.top.walk()


def get_symbol(scope: Scope, name: str) -> int:
    """CPython's ``_PyST_GetSymbol``: the flags of ``name`` in ``scope`` (0 if absent)."""
    return scope.get_symbol(name)


def get_scope(scope: Scope, name: str) -> int:
    """CPython's ``_PyST_GetScope``: what ``name`` is in ``scope`` (LOCAL ... CELL, or 0)."""
    return scope.get_scope(name)
