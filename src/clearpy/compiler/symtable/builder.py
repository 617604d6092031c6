"""Pass one of the symbol table: walk the AST and write down the raw facts.

For every scope (module, class, function, lambda, comprehension, and the PEP
695 annotation scopes) the builder records, name by name, what the code does:
assigns it (DEF_LOCAL), reads it (USE), takes it as a parameter (DEF_PARAM),
imports it, declares it ``global`` or ``nonlocal``, annotates it. It decides
nothing yet about where a name lives: that is pass two (``analyzer.py``),
which needs the facts of every scope first.

This follows CPython's ``symtable_visit_*`` functions in Python/symtable.c,
including the order in which it visits the parts of each node (that order is
the order of ``symbols``, and so of ``co_varnames`` later). A few quirks of
CPython 3.12.1 are kept on purpose and marked "CPython 3.12.1:".
"""

import ast
import sys
from contextlib import contextmanager

from clearpy.compiler.errors import error_at_node
from clearpy.compiler.symtable.flags import (
    DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM,
    DEF_TYPE_PARAM, USE, BlockType, ComprehensionType)
from clearpy.compiler.symtable.mangle import mangle
from clearpy.compiler.symtable.scope import Scope, Symtable

# CPython stops at this depth of nested statements, expressions, patterns and
# type parameters ("maximum recursion depth exceeded during compilation"):
# twice its C recursion limit of 1500, less the few levels in use when
# symtable() starts.
RECURSION_LIMIT = 3000
STARTING_DEPTH = 4

# Error messages (the format strings of symtable.c).
DUPLICATE_ARGUMENT = "duplicate argument '{}' in function definition"
DUPLICATE_TYPE_PARAM = "duplicate type parameter '{}'"
IMPORT_STAR_WARNING = "import * only allowed at module level"
GLOBAL_MESSAGES = {
    DEF_PARAM: "name '{}' is parameter and global",
    USE: "name '{}' is used prior to global declaration",
    DEF_ANNOT: "annotated name '{}' can't be global",
    DEF_LOCAL: "name '{}' is assigned to before global declaration",
}
NONLOCAL_MESSAGES = {
    DEF_PARAM: "name '{}' is parameter and nonlocal",
    USE: "name '{}' is used prior to nonlocal declaration",
    DEF_ANNOT: "annotated name '{}' can't be nonlocal",
    DEF_LOCAL: "name '{}' is assigned to before nonlocal declaration",
}
NAMED_EXPR_COMP_CONFLICT = "assignment expression cannot rebind comprehension iteration variable '{}'"
NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = "comprehension inner loop cannot rebind assignment expression target '{}'"
NAMED_EXPR_COMP_ITER_EXPR = "assignment expression cannot be used in a comprehension iterable expression"
NAMED_EXPR_COMP_IN = {
    BlockType.CLASS: "assignment expression within a comprehension cannot be used in a class body",
    BlockType.TYPE_PARAMETERS: "assignment expression within a comprehension cannot be used "
                               "within the definition of a generic",
    BlockType.TYPE_ALIAS: "assignment expression within a comprehension cannot be used in a type alias",
    BlockType.TYPE_VAR_BOUND: "assignment expression within a comprehension cannot be used "
                              "in a TypeVar bound",
}
NOT_ALLOWED_IN = {
    BlockType.ANNOTATION: "{} cannot be used within an annotation",
    BlockType.TYPE_VAR_BOUND: "{} cannot be used within a TypeVar bound",
    BlockType.TYPE_ALIAS: "{} cannot be used within a type alias",
    BlockType.TYPE_PARAMETERS: "{} cannot be used within the definition of a generic",
}
YIELD_IN_COMPREHENSION = {
    ComprehensionType.LIST: "'yield' inside list comprehension",
    ComprehensionType.SET: "'yield' inside set comprehension",
    ComprehensionType.DICT: "'yield' inside dict comprehension",
    ComprehensionType.GENERATOR: "'yield' inside generator expression",
}
COMPREHENSION_SCOPES = {
    ast.ListComp: ("listcomp", ComprehensionType.LIST),
    ast.SetComp: ("setcomp", ComprehensionType.SET),
    ast.DictComp: ("dictcomp", ComprehensionType.DICT),
    ast.GeneratorExp: ("genexpr", ComprehensionType.GENERATOR),
}


def build_scopes(module: ast.mod, filename: str, future) -> Symtable:
    """Pass one over ``module``: a Symtable whose scopes hold the raw facts."""
    builder = ScopeBuilder(filename, future)
    with python_recursion_room():
        builder.visit_module(module)
    return builder.table


@contextmanager
def python_recursion_room(frames: int = 4 * RECURSION_LIMIT):
    """Let Python recurse as deep as CPython's C code may (restored afterwards).

    Both passes recurse once per level of the AST or of scope nesting, as
    CPython's do. Python 3.12 runs Python-to-Python calls without using the C
    stack, so raising the limit is safe; CPython's own compile-time limit is
    enforced by the depth counter in ScopeBuilder.
    """
    old = sys.getrecursionlimit()
    if old < frames:
        sys.setrecursionlimit(frames)
    try:
        yield
    finally:
        if old < frames:
            sys.setrecursionlimit(old)


class ScopeBuilder:
    """Walks one module's AST once, filling a Symtable (CPython's ``struct symtable``)."""

    def __init__(self, filename: str, future):
        self.filename = filename
        self.future = future
        self.table = Symtable(filename, future)
        self.stack: list[Scope] = []       # scopes being visited, innermost last
        self.current: Scope | None = None  # st_cur
        self.private: str | None = None    # the class whose names are mangled (st_private)
        self.global_symbols: dict[str, int] = {}  # the module's symbols (st_global)
        self.depth = STARTING_DEPTH

    # -- scopes ---------------------------------------------------------------

    def enter_block(self, name: str, block_type: BlockType, node, location) -> None:
        """Open a new scope for ``node`` inside the current one (symtable_enter_block)."""
        parent = self.current
        scope = Scope(self.table, name, block_type, node, location.lineno, location.col_offset,
                      location.end_lineno, location.end_col_offset)
        if parent is not None and (parent.nested or parent.is_function_like):
            scope.nested = True
        self.table.blocks[scope.id] = scope
        self.stack.append(scope)
        if parent is not None:
            # bpo-37757: no walrus anywhere in a comprehension's outermost iterable,
            # even inside a lambda or a nested comprehension there.
            scope.comp_iter_expr = parent.comp_iter_expr
        self.current = scope
        # Annotation scopes (``from __future__ import annotations``) are not
        # children of anything: the annotations become strings, never code.
        if block_type == BlockType.ANNOTATION:
            return
        if block_type == BlockType.MODULE:
            self.global_symbols = scope.symbols
        if parent is not None:
            parent.children.append(scope)

    def exit_block(self) -> None:
        self.stack.pop()
        self.current = self.stack[-1] if self.stack else None

    def enter_type_param_block(self, name: str, key, has_defaults: bool,
                               has_kwdefaults: bool, kind: type, node) -> None:
        """Open the hidden scope where a generic's type parameters live (PEP 695)."""
        enclosing_type = self.current.type
        self.enter_block(name, BlockType.TYPE_PARAMETERS, key, node)
        if enclosing_type == BlockType.CLASS:
            # Inside a class body, this scope may still read the class's names.
            self.current.can_see_class_scope = True
            self.add_def("__classdict__", USE, node)
        if kind is ast.ClassDef:
            # ``.type_params`` is set when the tuple of parameters is built and
            # used for the bases; ``.generic_base`` holds ``Generic[*params]``.
            self.add_def(".type_params", DEF_LOCAL, node)
            self.add_def(".type_params", USE, node)
            # CPython 3.12.1: this is never restored, so names after a generic
            # class in the same scope are mangled with the class's name.
            self.private = name
            self.add_def(".generic_base", DEF_LOCAL, node)
            self.add_def(".generic_base", USE, node)
        if has_defaults:
            self.add_def(".defaults", DEF_PARAM, node)
        if has_kwdefaults:
            self.add_def(".kwdefaults", DEF_PARAM, node)

    # -- names ----------------------------------------------------------------

    def add_def(self, name: str, flag: int, location, scope: Scope | None = None) -> None:
        """Record that ``scope`` (default: the current one) does ``flag`` with ``name``.

        ``location`` (an AST node or a Scope) positions the error if the new
        fact contradicts an old one (symtable_add_def_helper).
        """
        if scope is None:
            scope = self.current
        private = self.private
        # Speed: most names cannot be mangled; mangle() is only called for __names.
        mangled = (mangle(private, name) if private is not None and name.startswith("__")
                   else name)
        symbols = scope.symbols
        old = symbols.get(mangled)
        if old is not None:
            if flag & DEF_PARAM and old & DEF_PARAM:
                raise error_at_node(DUPLICATE_ARGUMENT.format(name), self.filename, location)
            if flag & DEF_TYPE_PARAM and old & DEF_TYPE_PARAM:
                raise error_at_node(DUPLICATE_TYPE_PARAM.format(name), self.filename, location)
            value = old | flag
        else:
            value = flag
        if scope.comp_iter_target:
            # A comprehension's ``for`` target: it may not also be a walrus
            # target, and later walruses must not rebind it.
            if value & (DEF_GLOBAL | DEF_NONLOCAL):
                raise error_at_node(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT.format(name),
                                    self.filename, location)
            value |= DEF_COMP_ITER
        symbols[mangled] = value
        if flag & DEF_PARAM:
            scope.varnames.append(mangled)
        elif flag & DEF_GLOBAL:
            # Mirror the declaration in the module's table.
            self.global_symbols[mangled] = flag | self.global_symbols.get(mangled, 0)

    def lookup(self, name: str) -> int:
        """The flags of ``name`` in the current scope so far (symtable_lookup)."""
        return self.current.symbols.get(mangle(self.private, name), 0)

    def record_directive(self, name: str, node) -> None:
        """Remember where ``global``/``nonlocal`` named ``name``, for pass two's errors."""
        scope = self.current
        if scope.directives is None:
            scope.directives = []
        scope.directives.append((mangle(self.private, name), node.lineno, node.col_offset,
                                 node.end_lineno, node.end_col_offset))

    # -- the module -----------------------------------------------------------

    def visit_module(self, module: ast.mod) -> None:
        self.enter_block("top", BlockType.MODULE, module, _MODULE_LOCATION)
        self.table.top = self.current
        if isinstance(module, (ast.Module, ast.Interactive)):
            for statement in module.body:
                self.visit_stmt(statement)
        elif isinstance(module, ast.Expression):
            self.visit_expr(module.body)
        elif isinstance(module, ast.FunctionType):
            raise RuntimeError("this compiler does not handle FunctionTypes")
        else:
            raise TypeError(f"expected a module node, got {type(module).__name__}")
        self.exit_block()

    # -- statements -----------------------------------------------------------

    def visit_stmt(self, node: ast.stmt) -> None:
        # Speed: _deeper() written out (one call less per statement).
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded during compilation")
        self._STATEMENTS[type(node)](self, node)
        self.depth -= 1

    def visit_stmts(self, statements) -> None:
        for statement in statements:
            self.visit_stmt(statement)

    def visit_exprs(self, expressions) -> None:
        for expression in expressions:
            self.visit_expr(expression)

    def _function_def(self, node) -> None:
        self.add_def(node.name, DEF_LOCAL, node)
        args = node.args
        self.visit_exprs(args.defaults)
        self._visit_kw_defaults(args.kw_defaults)
        self.visit_exprs(node.decorator_list)
        if node.type_params:
            # CPython 3.12.1 tests ``defaults != NULL``, true for any parsed
            # def, so a generic function always gets a ``.defaults`` parameter.
            self.enter_type_param_block(
                node.name, node.type_params, args.defaults is not None,
                any(default is not None for default in args.kw_defaults),
                type(node), node)
            self.visit_type_params(node.type_params)
        self.visit_annotations(node, args, node.returns)
        self.enter_block(node.name, BlockType.FUNCTION, node, node)
        if isinstance(node, ast.AsyncFunctionDef):
            self.current.coroutine = True
        self.visit_arguments(args)
        self.visit_stmts(node.body)
        self.exit_block()
        if node.type_params:
            self.exit_block()

    def _class_def(self, node: ast.ClassDef) -> None:
        self.add_def(node.name, DEF_LOCAL, node)
        self.visit_exprs(node.decorator_list)
        if node.type_params:
            self.enter_type_param_block(node.name, node.type_params, False, False,
                                        ast.ClassDef, node)
            self.visit_type_params(node.type_params)
        self.visit_exprs(node.bases)
        for keyword in node.keywords:
            self.visit_expr(keyword.value)
        self.enter_block(node.name, BlockType.CLASS, node, node)
        outer_private = self.private
        self.private = node.name
        if node.type_params:
            self.add_def("__type_params__", DEF_LOCAL, node)
            self.add_def(".type_params", USE, node)
        self.visit_stmts(node.body)
        self.private = outer_private
        self.exit_block()
        if node.type_params:
            self.exit_block()

    def _type_alias(self, node: ast.TypeAlias) -> None:
        self.visit_expr(node.name)
        name = node.name.id
        in_class = self.current.type == BlockType.CLASS
        if node.type_params:
            self.enter_type_param_block(name, node.type_params, False, False,
                                        ast.TypeAlias, node)
            self.visit_type_params(node.type_params)
        self.enter_block(name, BlockType.TYPE_ALIAS, node, node)
        self.current.can_see_class_scope = in_class
        if in_class:
            self.add_def("__classdict__", USE, node.value)
        self.visit_expr(node.value)
        self.exit_block()
        if node.type_params:
            self.exit_block()

    def _return(self, node: ast.Return) -> None:
        if node.value is not None:
            self.visit_expr(node.value)
            self.current.returns_value = True

    def _delete(self, node: ast.Delete) -> None:
        self.visit_exprs(node.targets)

    def _assign(self, node: ast.Assign) -> None:
        self.visit_exprs(node.targets)
        self.visit_expr(node.value)

    def _ann_assign(self, node: ast.AnnAssign) -> None:
        target = node.target
        if isinstance(target, ast.Name):
            current = self.lookup(target.id)
            if (current & (DEF_GLOBAL | DEF_NONLOCAL)
                    and self.current.symbols is not self.global_symbols and node.simple):
                template = GLOBAL_MESSAGES if current & DEF_GLOBAL else NONLOCAL_MESSAGES
                raise error_at_node(template[DEF_ANNOT].format(target.id), self.filename, node)
            if node.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target)
            if node.value is not None:
                self.add_def(target.id, DEF_LOCAL, target)
        else:
            self.visit_expr(target)
        self.visit_annotation(node.annotation)
        if node.value is not None:
            self.visit_expr(node.value)

    def _aug_assign(self, node: ast.AugAssign) -> None:
        self.visit_expr(node.target)
        self.visit_expr(node.value)

    def _for(self, node) -> None:
        self.visit_expr(node.target)
        self.visit_expr(node.iter)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def _while_or_if(self, node) -> None:
        self.visit_expr(node.test)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def _match(self, node: ast.Match) -> None:
        self.visit_expr(node.subject)
        for case in node.cases:
            self.visit_pattern(case.pattern)
            if case.guard is not None:
                self.visit_expr(case.guard)
            self.visit_stmts(case.body)

    def _raise(self, node: ast.Raise) -> None:
        if node.exc is not None:
            self.visit_expr(node.exc)
            if node.cause is not None:
                self.visit_expr(node.cause)

    def _try(self, node) -> None:
        # CPython 3.12.1 visits the ``else`` block before the handlers.
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)
        for handler in node.handlers:
            if handler.type is not None:
                self.visit_expr(handler.type)
            if handler.name is not None:
                self.add_def(handler.name, DEF_LOCAL, handler)
            self.visit_stmts(handler.body)
        self.visit_stmts(node.finalbody)

    def _assert(self, node: ast.Assert) -> None:
        self.visit_expr(node.test)
        if node.msg is not None:
            self.visit_expr(node.msg)

    def _import(self, node) -> None:
        for alias in node.names:
            self.visit_alias(alias)

    def _global(self, node: ast.Global) -> None:
        self._declare(node, DEF_GLOBAL, GLOBAL_MESSAGES)

    def _nonlocal(self, node: ast.Nonlocal) -> None:
        self._declare(node, DEF_NONLOCAL, NONLOCAL_MESSAGES)

    def _declare(self, node, flag: int, messages: dict[int, str]) -> None:
        """``global`` or ``nonlocal``: must come before any other use of the name."""
        for name in node.names:
            current = self.lookup(name)
            if current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                for reason in (DEF_PARAM, USE, DEF_ANNOT, DEF_LOCAL):  # CPython's priority
                    if current & reason:
                        raise error_at_node(messages[reason].format(name), self.filename, node)
            self.add_def(name, flag, node)
            self.record_directive(name, node)

    def _expr_statement(self, node: ast.Expr) -> None:
        self.visit_expr(node.value)

    def _nothing(self, node) -> None:
        pass

    def _with(self, node) -> None:
        for item in node.items:
            self.visit_expr(item.context_expr)
            if item.optional_vars is not None:
                self.visit_expr(item.optional_vars)
        self.visit_stmts(node.body)

    _STATEMENTS = {
        ast.FunctionDef: _function_def,
        ast.AsyncFunctionDef: _function_def,
        ast.ClassDef: _class_def,
        ast.TypeAlias: _type_alias,
        ast.Return: _return,
        ast.Delete: _delete,
        ast.Assign: _assign,
        ast.AnnAssign: _ann_assign,
        ast.AugAssign: _aug_assign,
        ast.For: _for,
        ast.AsyncFor: _for,
        ast.While: _while_or_if,
        ast.If: _while_or_if,
        ast.Match: _match,
        ast.Raise: _raise,
        ast.Try: _try,
        ast.TryStar: _try,
        ast.Assert: _assert,
        ast.Import: _import,
        ast.ImportFrom: _import,
        ast.Global: _global,
        ast.Nonlocal: _nonlocal,
        ast.Expr: _expr_statement,
        ast.Pass: _nothing,
        ast.Break: _nothing,
        ast.Continue: _nothing,
        ast.With: _with,
        ast.AsyncWith: _with,
    }

    # -- expressions ----------------------------------------------------------

    def visit_expr(self, node: ast.expr) -> None:
        # Speed: _deeper() written out, and the two commonest expressions, names
        # and constants, handled without the table (they have no children, so
        # going one level deeper and back is just a check).
        kind = type(node)
        if kind is ast.Name:
            if self.depth >= RECURSION_LIMIT:
                raise RecursionError("maximum recursion depth exceeded during compilation")
            self._name(node)
            return
        if kind is ast.Constant:
            if self.depth >= RECURSION_LIMIT:
                raise RecursionError("maximum recursion depth exceeded during compilation")
            return
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded during compilation")
        self._EXPRESSIONS[kind](self, node)
        self.depth -= 1

    def _named_expr(self, node: ast.NamedExpr) -> None:
        self.raise_if_annotation_scope("named expression", node)
        scope = self.current
        if scope.comp_iter_expr > 0:
            raise error_at_node(NAMED_EXPR_COMP_ITER_EXPR, self.filename, node)
        if scope.comprehension:
            # In a comprehension, the walrus binds in the enclosing function or module.
            self.extend_named_expr_scope(node.target)
        self.visit_expr(node.value)
        self.visit_expr(node.target)

    def extend_named_expr_scope(self, target: ast.Name) -> None:
        """Bind a walrus target from a comprehension in the nearest real scope (PEP 572)."""
        name = target.id
        for scope in reversed(self.stack):
            if scope.comprehension:
                flags = scope.symbols.get(name, 0)
                if flags & DEF_COMP_ITER and flags & DEF_LOCAL:
                    raise error_at_node(NAMED_EXPR_COMP_CONFLICT.format(name),
                                        self.filename, target)
                continue
            if scope.type == BlockType.FUNCTION:
                if scope.symbols.get(name, 0) & DEF_GLOBAL:
                    self.add_def(name, DEF_GLOBAL, target)
                else:
                    self.add_def(name, DEF_NONLOCAL, target)
                self.record_directive(name, target)
                self.add_def(name, DEF_LOCAL, target, scope)
                return
            if scope.type == BlockType.MODULE:
                self.add_def(name, DEF_GLOBAL, target)
                self.record_directive(name, target)
                self.add_def(name, DEF_GLOBAL, target, scope)
                return
            if scope.type in NAMED_EXPR_COMP_IN:
                raise error_at_node(NAMED_EXPR_COMP_IN[scope.type], self.filename, target)
        raise AssertionError("a comprehension outside any function, class or module")

    def _bool_op(self, node: ast.BoolOp) -> None:
        self.visit_exprs(node.values)

    def _bin_op(self, node: ast.BinOp) -> None:
        self.visit_expr(node.left)
        self.visit_expr(node.right)

    def _unary_op(self, node: ast.UnaryOp) -> None:
        self.visit_expr(node.operand)

    def _lambda(self, node: ast.Lambda) -> None:
        if self.current.can_see_class_scope:
            # gh-109118: not supported in 3.12.
            raise error_at_node("Cannot use lambda in annotation scope within class scope",
                                self.filename, node)
        args = node.args
        self.visit_exprs(args.defaults)
        self._visit_kw_defaults(args.kw_defaults)
        self.enter_block("lambda", BlockType.FUNCTION, node, node)
        self.visit_arguments(args)
        self.visit_expr(node.body)
        self.exit_block()

    def _if_exp(self, node: ast.IfExp) -> None:
        self.visit_expr(node.test)
        self.visit_expr(node.body)
        self.visit_expr(node.orelse)

    def _dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            if key is not None:  # None stands for ``**mapping``
                self.visit_expr(key)
        self.visit_exprs(node.values)

    def _set(self, node: ast.Set) -> None:
        self.visit_exprs(node.elts)

    def _comprehension(self, node) -> None:
        self.visit_comprehension_scope(node, node.elt, None)

    def _dict_comp(self, node: ast.DictComp) -> None:
        # CPython passes the value as "value" and visits it before the key.
        self.visit_comprehension_scope(node, node.key, node.value)

    def _yield(self, node) -> None:
        self.raise_if_annotation_scope("yield expression", node)
        if node.value is not None:
            self.visit_expr(node.value)
        scope = self.current
        scope.generator = True
        if scope.comprehension:
            raise error_at_node(YIELD_IN_COMPREHENSION[scope.comprehension], self.filename, node)

    def _await(self, node: ast.Await) -> None:
        self.raise_if_annotation_scope("await expression", node)
        self.visit_expr(node.value)
        self.current.coroutine = True

    def _compare(self, node: ast.Compare) -> None:
        self.visit_expr(node.left)
        self.visit_exprs(node.comparators)

    def _call(self, node: ast.Call) -> None:
        self.visit_expr(node.func)
        self.visit_exprs(node.args)
        for keyword in node.keywords:
            self.visit_expr(keyword.value)

    def _formatted_value(self, node: ast.FormattedValue) -> None:
        self.visit_expr(node.value)
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)

    def _joined_str(self, node: ast.JoinedStr) -> None:
        self.visit_exprs(node.values)

    def _attribute_or_starred(self, node) -> None:
        self.visit_expr(node.value)

    def _subscript(self, node: ast.Subscript) -> None:
        self.visit_expr(node.value)
        self.visit_expr(node.slice)

    def _slice(self, node: ast.Slice) -> None:
        if node.lower is not None:
            self.visit_expr(node.lower)
        if node.upper is not None:
            self.visit_expr(node.upper)
        if node.step is not None:
            self.visit_expr(node.step)

    def _name(self, node: ast.Name) -> None:
        loading = type(node.ctx) is ast.Load
        name = node.id
        scope = self.current
        if scope.comp_iter_target or (self.private is not None and name.startswith("__")):
            self.add_def(name, USE if loading else DEF_LOCAL, node)
        else:
            # Speed: add_def written out for the commonest case, a name used or
            # bound where no mangling and no comprehension target rule applies
            # (USE and DEF_LOCAL can contradict nothing, so no error is possible).
            symbols = scope.symbols
            symbols[name] = symbols.get(name, 0) | (USE if loading else DEF_LOCAL)
        # ``super()`` with no arguments needs the implicit ``__class__`` cell.
        if loading and name == "super" and scope.is_function_like:
            self.add_def("__class__", USE, node)

    def _sequence(self, node) -> None:
        self.visit_exprs(node.elts)

    _EXPRESSIONS = {
        ast.NamedExpr: _named_expr,
        ast.BoolOp: _bool_op,
        ast.BinOp: _bin_op,
        ast.UnaryOp: _unary_op,
        ast.Lambda: _lambda,
        ast.IfExp: _if_exp,
        ast.Dict: _dict,
        ast.Set: _set,
        ast.GeneratorExp: _comprehension,
        ast.ListComp: _comprehension,
        ast.SetComp: _comprehension,
        ast.DictComp: _dict_comp,
        ast.Yield: _yield,
        ast.YieldFrom: _yield,
        ast.Await: _await,
        ast.Compare: _compare,
        ast.Call: _call,
        ast.FormattedValue: _formatted_value,
        ast.JoinedStr: _joined_str,
        ast.Constant: _nothing,
        ast.Attribute: _attribute_or_starred,
        ast.Subscript: _subscript,
        ast.Starred: _attribute_or_starred,
        ast.Slice: _slice,
        ast.Name: _name,
        ast.List: _sequence,
        ast.Tuple: _sequence,
    }

    def raise_if_annotation_scope(self, what: str, node) -> None:
        """yield, await and walrus cannot appear in an annotation scope."""
        message = NOT_ALLOWED_IN.get(self.current.type)
        if message is not None:
            raise error_at_node(message.format(what), self.filename, node)

    # -- comprehensions -------------------------------------------------------

    def visit_comprehension_scope(self, node, element, value) -> None:
        """A comprehension: its own function scope, but the first iterable is outside.

        ``[x for x in data if x]`` evaluates ``data`` in the enclosing scope and
        passes the iterator in as the implicit parameter ``.0``.
        """
        if self.current.can_see_class_scope:
            # gh-109118: not supported in 3.12.
            raise error_at_node("Cannot use comprehension in annotation scope within class scope",
                                self.filename, node)
        name, kind = COMPREHENSION_SCOPES[type(node)]
        outermost = node.generators[0]
        self.current.comp_iter_expr += 1
        self.visit_expr(outermost.iter)
        self.current.comp_iter_expr -= 1
        self.enter_block(name, BlockType.FUNCTION, node, node)
        scope = self.current
        scope.comprehension = kind
        if outermost.is_async:
            scope.coroutine = True
        self.add_def(".0", DEF_PARAM, scope)
        scope.comp_iter_target = True
        self.visit_expr(outermost.target)
        scope.comp_iter_target = False
        self.visit_exprs(outermost.ifs)
        for generator in node.generators[1:]:
            self.visit_generator(generator)
        if value is not None:
            self.visit_expr(value)
        self.visit_expr(element)
        is_generator = kind == ComprehensionType.GENERATOR
        scope.generator = is_generator
        is_async = scope.coroutine and not is_generator
        self.exit_block()
        if is_async:
            # An inlined async comprehension makes its enclosing scope a coroutine.
            self.current.coroutine = True

    def visit_generator(self, generator: ast.comprehension) -> None:
        """The second and later ``for ... in ... if ...`` clauses of a comprehension."""
        scope = self.current
        scope.comp_iter_target = True
        self.visit_expr(generator.target)
        scope.comp_iter_target = False
        scope.comp_iter_expr += 1
        self.visit_expr(generator.iter)
        scope.comp_iter_expr -= 1
        self.visit_exprs(generator.ifs)
        if generator.is_async:
            scope.coroutine = True

    # -- type parameters (PEP 695) ----------------------------------------------

    def visit_type_params(self, type_params) -> None:
        for type_param in type_params:
            self.visit_type_param(type_param)

    def visit_type_param(self, node) -> None:
        self._deeper()
        self.add_def(node.name, DEF_TYPE_PARAM | DEF_LOCAL, node)
        if isinstance(node, ast.TypeVar) and node.bound is not None:
            # The bound is evaluated lazily, in a scope of its own.
            in_class = self.current.can_see_class_scope
            self.enter_block(node.name, BlockType.TYPE_VAR_BOUND, node, node)
            self.current.can_see_class_scope = in_class
            if in_class:
                self.add_def("__classdict__", USE, node.bound)
            self.visit_expr(node.bound)
            self.exit_block()
        self.depth -= 1

    # -- patterns (match statement) -------------------------------------------------

    def visit_pattern(self, node: ast.pattern) -> None:
        self._deeper()
        self._PATTERNS[type(node)](self, node)
        self.depth -= 1

    def visit_patterns(self, patterns) -> None:
        for pattern in patterns:
            self.visit_pattern(pattern)

    def _match_value(self, node: ast.MatchValue) -> None:
        self.visit_expr(node.value)

    def _match_sequence(self, node) -> None:
        self.visit_patterns(node.patterns)

    def _match_star(self, node: ast.MatchStar) -> None:
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    def _match_mapping(self, node: ast.MatchMapping) -> None:
        self.visit_exprs(node.keys)
        self.visit_patterns(node.patterns)
        if node.rest is not None:
            self.add_def(node.rest, DEF_LOCAL, node)

    def _match_class(self, node: ast.MatchClass) -> None:
        self.visit_expr(node.cls)
        self.visit_patterns(node.patterns)
        self.visit_patterns(node.kwd_patterns)

    def _match_as(self, node: ast.MatchAs) -> None:
        if node.pattern is not None:
            self.visit_pattern(node.pattern)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    _PATTERNS = {
        ast.MatchValue: _match_value,
        ast.MatchSingleton: _nothing,
        ast.MatchSequence: _match_sequence,
        ast.MatchStar: _match_star,
        ast.MatchMapping: _match_mapping,
        ast.MatchClass: _match_class,
        ast.MatchAs: _match_as,
        ast.MatchOr: _match_sequence,
    }

    # -- parameters, annotations, imports ---------------------------------------

    def _visit_kw_defaults(self, kw_defaults) -> None:
        for default in kw_defaults:
            if default is not None:  # None: a keyword-only parameter without default
                self.visit_expr(default)

    def visit_arguments(self, args: ast.arguments) -> None:
        """Parameters, in the order CPython numbers them: keyword-only before ``*args``."""
        for arg in args.posonlyargs:
            self.add_def(arg.arg, DEF_PARAM, arg)
        for arg in args.args:
            self.add_def(arg.arg, DEF_PARAM, arg)
        for arg in args.kwonlyargs:
            self.add_def(arg.arg, DEF_PARAM, arg)
        if args.vararg is not None:
            self.add_def(args.vararg.arg, DEF_PARAM, args.vararg)
            self.current.varargs = True
        if args.kwarg is not None:
            self.add_def(args.kwarg.arg, DEF_PARAM, args.kwarg)
            self.current.varkeywords = True

    def visit_annotation(self, annotation: ast.expr) -> None:
        """A variable's or return annotation (its own scope under PEP 563)."""
        postponed = self.future.annotations
        if postponed:
            self.enter_block("_annotation", BlockType.ANNOTATION, annotation, annotation)
        self.visit_expr(annotation)
        if postponed:
            self.exit_block()

    def visit_annotations(self, node, args: ast.arguments, returns) -> None:
        """A def's parameter annotations, then its return annotation."""
        postponed = self.future.annotations
        if postponed:
            self.enter_block("_annotation", BlockType.ANNOTATION, node, node)
        for arg in args.posonlyargs:
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        for arg in args.args:
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        if args.vararg is not None and args.vararg.annotation is not None:
            self.visit_expr(args.vararg.annotation)
        if args.kwarg is not None and args.kwarg.annotation is not None:
            self.visit_expr(args.kwarg.annotation)
        for arg in args.kwonlyargs:
            if arg.annotation is not None:
                self.visit_expr(arg.annotation)
        if postponed:
            self.exit_block()
        if returns is not None:
            self.visit_annotation(returns)

    def visit_alias(self, alias: ast.alias) -> None:
        """``import a.b.c`` binds ``a``; ``import a.b as c`` binds ``c``."""
        name = alias.asname or alias.name
        if name != "*":
            self.add_def(name.partition(".")[0], DEF_IMPORT, alias)
        elif self.current.type != BlockType.MODULE:
            raise error_at_node(IMPORT_STAR_WARNING, self.filename, alias)

    # -- depth ------------------------------------------------------------------

    def _deeper(self) -> None:
        self.depth += 1
        if self.depth > RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded during compilation")


class _ModuleLocation:
    """The module scope's position: line 0, column 0 (as in CPython)."""

    lineno = col_offset = end_lineno = end_col_offset = 0


_MODULE_LOCATION = _ModuleLocation()
