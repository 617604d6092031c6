"""Pass two of the symbol table: decide where every name lives.

Pass one recorded what each scope does with each name. Pass two walks the
scopes from the module down, carrying three sets of names:

* ``bound``: names bound in enclosing *function* scopes (a nested function
  can close over them; class bodies do not count, their names are not
  visible in methods);
* ``global_``: names declared ``global`` in enclosing scopes;
* ``free``: on the way back up, the names nested scopes need from outside.

With these it gives every name one scope: LOCAL (bound here), GLOBAL_EXPLICIT
(``global x``), FREE (bound in an enclosing function), GLOBAL_IMPLICIT
(bound nowhere around: a module global or a builtin) or CELL (local here but
used by a nested scope, so it must live in a cell that outlives the frame).

Two newer rules complete the picture:

* PEP 709: list, set and dict comprehensions (not generator expressions) are
  *inlined*: their names are merged into the enclosing scope and their nested
  scopes become the enclosing scope's children.
* PEP 695: an annotation scope directly inside a class (type parameters, a
  TypeVar bound, a type alias value) can see the class's names through
  ``__classdict__``, which makes such names GLOBAL_IMPLICIT there.

This is ``analyze_block`` and its helpers from CPython's Python/symtable.c.
The sets are Python sets updated with exactly CPython's operations (copy,
``|=``, add, discard), so that names added to ``symbols`` from a set come out
in the same order as in CPython.
"""

from clearpy.compiler.errors import ranged_syntax_error
from clearpy.compiler.symtable.flags import (
    CELL, DEF_BOUND, DEF_COMP_CELL, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM,
    DEF_TYPE_PARAM, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET,
    BlockType)
from clearpy.compiler.symtable.scope import Scope, Symtable

_FLAGS_ONLY = (1 << SCOPE_OFFSET) - 1


def analyze(table: Symtable) -> None:
    """Pass two: give every name of every scope of ``table`` its scope bits."""
    analyze_block(table.top, None, set(), set(), set(), None)


def analyze_block(scope: Scope, bound: set | None, free: set, global_: set,
                  type_params: set, class_entry: Scope | None) -> None:
    """Decide the names of ``scope``, then of its children; add its needs to ``free``.

    ``bound`` is None for the module. ``class_entry`` is the class whose names
    an annotation scope can see (``can_see_class_scope``), else None.
    """
    local: set = set()       # names bound in this scope
    scopes: dict = {}        # name -> its scope (LOCAL ... CELL), no flags
    new_global: set = set()  # what children see as declared global
    new_free: set = set()    # what the children need from outside
    new_bound: set = set()   # what children can close over
    inlined_cells: set = set()  # cells of inlined comprehensions

    # A class body's names are invisible to its methods: children see exactly
    # what the class itself sees.
    if scope.type == BlockType.CLASS:
        new_global |= global_
        if bound is not None:
            new_bound |= bound

    for name, flags in scope.symbols.items():
        analyze_name(scope, scopes, name, flags, bound, local, free, global_,
                     type_params, class_entry)

    if scope.type != BlockType.CLASS:
        if scope.is_function_like:
            new_bound |= local
        if bound is not None:
            new_bound |= bound
        new_global |= global_
    else:
        # Methods reach the class object and its namespace through these.
        new_bound.add("__class__")
        new_bound.add("__classdict__")

    for child in scope.children:
        child_class_entry = None
        if child.can_see_class_scope:
            if scope.type == BlockType.CLASS:
                child_class_entry = scope
            elif class_entry is not None:
                child_class_entry = class_entry
        # Every comprehension except generator expressions is inlined (PEP 709).
        inline = child.comprehension and not child.generator
        child_free = analyze_child_block(child, new_bound, new_free, new_global,
                                         type_params, child_class_entry)
        if inline:
            inline_comprehension(scope, child, scopes, child_free, inlined_cells)
            child.comp_inlined = True
        new_free |= child_free
        if child.free or child.child_free:
            scope.child_free = True

    # The children of an inlined comprehension become our children.
    for index in range(len(scope.children) - 1, -1, -1):
        child = scope.children[index]
        if child.comp_inlined:
            scope.children[index:index + 1] = child.children

    if scope.is_function_like:
        analyze_cells(scopes, new_free, inlined_cells)
    elif scope.type == BlockType.CLASS:
        drop_class_free(scope, new_free)
    update_symbols(scope.symbols, scopes, bound, new_free, inlined_cells,
                   scope.type == BlockType.CLASS or scope.can_see_class_scope)
    free |= new_free


def analyze_child_block(child: Scope, bound: set, free: set, global_: set,
                        type_params: set, class_entry: Scope | None) -> set:
    """Analyze ``child`` on copies of the sets; return the free names it needs.

    The copies keep one child's bindings from leaking to its siblings.
    """
    child_free = set(free)
    analyze_block(child, set(bound), child_free, set(global_), set(type_params), class_entry)
    return child_free


def analyze_name(scope: Scope, scopes: dict, name: str, flags: int, bound: set | None,
                 local: set, free: set, global_: set, type_params: set,
                 class_entry: Scope | None) -> None:
    """Decide the scope of one name from its pass-one flags."""
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            raise _error_at_directive(scope, name, f"name '{name}' is nonlocal and global")
        scopes[name] = GLOBAL_EXPLICIT
        global_.add(name)
        if bound is not None:
            bound.discard(name)
        return
    if flags & DEF_NONLOCAL:
        if bound is None:
            raise _error_at_directive(scope, name,
                                      "nonlocal declaration not allowed at module level")
        if name not in bound:
            raise _error_at_directive(scope, name, f"no binding for nonlocal '{name}' found")
        if name in type_params:
            raise _error_at_directive(
                scope, name, f"nonlocal binding not allowed for type parameter '{name}'")
        scopes[name] = FREE
        scope.free = True
        free.add(name)
        return
    if flags & DEF_BOUND:
        scopes[name] = LOCAL
        local.add(name)
        global_.discard(name)
        if flags & DEF_TYPE_PARAM:
            type_params.add(name)
        else:
            type_params.discard(name)
        return
    # An annotation scope inside a class first looks the name up in the class
    # namespace, then in the globals: never in an enclosing function.
    if class_entry is not None:
        class_flags = class_entry.symbols.get(name, 0)
        if class_flags & DEF_GLOBAL:
            scopes[name] = GLOBAL_EXPLICIT
            return
        if class_flags & DEF_BOUND and not class_flags & DEF_NONLOCAL:
            scopes[name] = GLOBAL_IMPLICIT
            return
    if bound is not None and name in bound:
        scopes[name] = FREE
        scope.free = True
        free.add(name)
        return
    if name in global_:
        scopes[name] = GLOBAL_IMPLICIT
        return
    if scope.nested:
        scope.free = True
    scopes[name] = GLOBAL_IMPLICIT


def inline_comprehension(scope: Scope, comprehension: Scope, scopes: dict,
                         comprehension_free: set, inlined_cells: set) -> None:
    """Merge an inlined comprehension's names into its enclosing ``scope`` (PEP 709)."""
    for name, flags in comprehension.symbols.items():
        if flags & DEF_PARAM:
            continue  # the implicit ``.0`` iterator parameter
        name_scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK
        only_flags = flags & _FLAGS_ONLY
        if name_scope == CELL or only_flags & DEF_COMP_CELL:
            inlined_cells.add(name)
        if name not in scope.symbols:
            scope.symbols[name] = only_flags
            scopes[name] = name_scope
        elif scope.symbols[name] & DEF_BOUND:
            # Free in the comprehension but local out here: just a local, unless a
            # scope nested in the comprehension needs it or we are a class body.
            if not _is_free_in_any_child(comprehension, name) and scope.type != BlockType.CLASS:
                comprehension_free.discard(name)


def _is_free_in_any_child(scope: Scope, name: str) -> bool:
    return any(child.get_scope(name) == FREE for child in scope.children)


def analyze_cells(scopes: dict, free: set, inlined_cells: set) -> None:
    """Locals that nested scopes need (or inlined comprehensions keep in cells) become CELLs."""
    for name, name_scope in scopes.items():
        if name_scope != LOCAL:
            continue
        if name not in free and name not in inlined_cells:
            continue
        scopes[name] = CELL
        free.discard(name)


def drop_class_free(scope: Scope, free: set) -> None:
    """A class provides ``__class__`` and ``__classdict__`` to its methods itself."""
    if "__class__" in free:
        free.discard("__class__")
        scope.needs_class_closure = True
    if "__classdict__" in free:
        free.discard("__classdict__")
        scope.needs_classdict = True


def update_symbols(symbols: dict, scopes: dict, bound: set | None, free: set,
                   inlined_cells: set, class_flag: bool) -> None:
    """Write each name's scope into its flags; add names only passed through as FREE."""
    for name in symbols:
        flags = symbols[name]
        if name in inlined_cells:
            flags |= DEF_COMP_CELL
        symbols[name] = flags | (scopes[name] << SCOPE_OFFSET)
    for name in free:
        if name in symbols:
            # A class-level name also free in a method: the method's comes from
            # the enclosing function, not from the class.
            if class_flag:
                symbols[name] |= DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue  # a global
        # Free in a child only: this scope passes it through to the child.
        symbols[name] = FREE << SCOPE_OFFSET


def _error_at_directive(scope: Scope, name: str, message: str) -> SyntaxError:
    """The error, placed on the ``global``/``nonlocal`` statement that named ``name``."""
    for directive_name, lineno, col_offset, end_lineno, end_col_offset in scope.directives:
        if directive_name == name:
            return ranged_syntax_error(message, scope.table.filename, lineno, col_offset + 1,
                                 end_lineno, end_col_offset + 1)
    raise RuntimeError("BUG: internal directive bookkeeping broken")
