"""Code generation for simple statements and loops.

A statement leaves the stack as it found it. Assignments compute the value,
then store it into each target (``a = b = f()`` copies the value once per
extra target). ``if``, ``while`` and ``for`` are made of jumps to labels:

    for x in items:          LOAD_NAME items; GET_ITER
        body             start: FOR_ITER cleanup     (jumps out when exhausted)
                                STORE_NAME x; <body>; JUMP start
                       cleanup: END_FOR

``break``, ``continue`` and ``return`` may leave ``with`` and ``try`` blocks on
their way: before jumping they emit the clean-up code of every block they
leave (see ``unwind_frame_block`` in ``codegen_exceptions``). Imports are
``IMPORT_NAME``/``IMPORT_FROM`` with the level and the imported names as
constants.
"""

import ast

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.codegen import (
    CALL, CALL_INTRINSIC_1, COPY, FOR_LOOP, GET_AWAITABLE, INTRINSIC_IMPORT_STAR,
    INTRINSIC_PRINT, JUMP, LOAD_ATTR, LOAD_NAME, NO_LOCATION, NOP, POP_BLOCK, POP_TOP,
    RETURN_VALUE, SCOPE_ASYNC_FUNCTION, SCOPE_CLASS, SCOPE_MODULE, SETUP_FINALLY, SWAP,
    WHILE_LOOP, docstring_of, find_annotations, location_of)
from clearpy.compiler.codegen_expressions import (
    BINARY_OP, BINARY_OPERATORS, BINARY_SLICE, BINARY_SUBSCR, INPLACE_OFFSET,
    POP_JUMP_IF_TRUE, STORE_ATTR, STORE_SLICE, STORE_SUBSCR, attribute_location)
from clearpy.compiler.codegen_annotations import annotation_string
from clearpy.compiler.symtable import mangle

(GET_ITER, FOR_ITER, END_FOR, GET_AITER, GET_ANEXT, END_ASYNC_FOR, RAISE_VARARGS,
 LOAD_ASSERTION_ERROR, IMPORT_NAME, IMPORT_FROM, SETUP_ANNOTATIONS) = (
    BY_NAME[name].opcode for name in (
        "GET_ITER", "FOR_ITER", "END_FOR", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR",
        "RAISE_VARARGS", "LOAD_ASSERTION_ERROR", "IMPORT_NAME", "IMPORT_FROM",
        "SETUP_ANNOTATIONS"))


def _location_is_after(location, other) -> bool:
    """``location`` starts after ``other`` ends (compile.c's ``location_is_after``).

    ``other`` is a future statement's (lineno, col_offset, end_lineno,
    end_col_offset), all -1 when the module has none.
    """
    lineno, col_offset = location[0], location[2]
    other_end_lineno, other_end_col = other[2], other[3]
    return lineno > other_end_lineno or (lineno == other_end_lineno
                                         and col_offset > other_end_col)


class StatementCodegen:
    """Visitors for statements other than definitions and try/with (mixed into
    ``CodeGenerator``)."""

    def visit_statements(self, statements) -> None:
        visit = self.visit_stmt
        for statement in statements:
            visit(statement)

    def body(self, location, statements) -> None:
        """A module or class body: ``__annotations__`` set-up and docstring first
        (``compiler_body``)."""
        if self.unit.scope_type == SCOPE_MODULE and statements:
            location = location_of(statements[0])
        if find_annotations(statements):
            self.addop(SETUP_ANNOTATIONS, location)
        if not statements:
            return
        start = 0
        if self.optimize < 2:
            docstring = docstring_of(statements)
            if docstring is not None:
                start = 1
                self.visit_expr(statements[0].value)
                self.nameop(NO_LOCATION, "__doc__", ast.Store)
        visit = self.visit_stmt
        for index in range(start, len(statements)):
            visit(statements[index])

    # -- expressions as statements, pass, global -----------------------------------------

    def visit_Expr(self, node: ast.Expr) -> None:
        value = node.value
        if self.interactive and self.nest_level <= 1:
            self.visit_expr(value)
            self.addop(CALL_INTRINSIC_1, location_of(node), INTRINSIC_PRINT)
            self.addop(POP_TOP, NO_LOCATION)
            return
        if type(value) is ast.Constant:
            self.addop(NOP, location_of(node))      # a constant statement does nothing
            return
        self.visit_expr(value)
        self.addop(POP_TOP, NO_LOCATION)

    def visit_Pass(self, node: ast.Pass) -> None:
        self.addop(NOP, location_of(node))

    def visit_Global(self, node) -> None:
        """``global`` and ``nonlocal`` only inform the symbol table."""

    visit_Nonlocal = visit_Global

    # -- assignments -------------------------------------------------------------------

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit_expr(node.value)
        targets = node.targets
        last = len(targets) - 1
        for index, target in enumerate(targets):
            if index < last:
                self.addop(COPY, location_of(node), 1)
            self.visit_expr(target)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self.visit_expr(target)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        target = node.target
        location = location_of(target)
        kind = type(target)
        names = self.unit.metadata.names
        if kind is ast.Attribute:
            self.visit_expr(target.value)
            self.addop(COPY, location, 1)
            location = attribute_location(location, target)
            self.addop_name(LOAD_ATTR, location, target.attr, names)
        elif kind is ast.Subscript:
            self.visit_expr(target.value)
            index = target.slice
            if type(index) is ast.Slice and index.step is None:
                self.slice_bounds(index)
                self.addop(COPY, location, 3)
                self.addop(COPY, location, 3)
                self.addop(COPY, location, 3)
                self.addop(BINARY_SLICE, location)
            else:
                self.visit_expr(index)
                self.addop(COPY, location, 2)
                self.addop(COPY, location, 2)
                self.addop(BINARY_SUBSCR, location)
        elif kind is ast.Name:
            self.nameop(location, target.id, ast.Load)
        else:
            raise SystemError(f"invalid node type ({kind.__name__}) for augmented assignment")
        self.visit_expr(node.value)
        self.addop(BINARY_OP, location_of(node),
                   BINARY_OPERATORS[type(node.op)] + INPLACE_OFFSET)
        location = location_of(target)
        if kind is ast.Attribute:
            location = attribute_location(location, target)
            self.addop(SWAP, location, 2)
            self.addop_name(STORE_ATTR, location, target.attr, names)
        elif kind is ast.Subscript:
            index = target.slice
            if type(index) is ast.Slice and index.step is None:
                self.addop(SWAP, location, 4)
                self.addop(SWAP, location, 3)
                self.addop(SWAP, location, 2)
                self.addop(STORE_SLICE, location)
            else:
                self.addop(SWAP, location, 3)
                self.addop(SWAP, location, 2)
                self.addop(STORE_SUBSCR, location)
        else:
            self.nameop(location, target.id, ast.Store)

    def check_annotation_expression(self, node) -> None:
        """Evaluate an annotation's sub-expression for its errors only (``check_ann_expr``)."""
        self.visit_expr(node)
        self.addop(POP_TOP, location_of(node))

    def check_annotation_subscript(self, node) -> None:
        kind = type(node)
        if kind is ast.Slice:
            for part in (node.lower, node.upper, node.step):
                if part is not None:
                    self.check_annotation_expression(part)
        elif kind is ast.Tuple:
            for element in node.elts:
                self.check_annotation_subscript(element)
        else:
            self.check_annotation_expression(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        location = location_of(node)
        target = node.target
        if node.value is not None:
            self.visit_expr(node.value)
            self.visit_expr(target)
        kind = type(target)
        future_annotations = self.future_annotations
        module_or_class = self.unit.scope_type in (SCOPE_MODULE, SCOPE_CLASS)
        if kind is ast.Name:
            self.check_forbidden_name(target.id, ast.Store, location)
            if node.simple and module_or_class:
                if future_annotations:
                    self.load_const(annotation_string(node.annotation),
                                    location_of(node.annotation))
                else:
                    self.visit_expr(node.annotation)
                self.addop_name(LOAD_NAME, location, "__annotations__", self.unit.metadata.names)
                self.load_const(mangle(self.unit.private, target.id), location)
                self.addop(STORE_SUBSCR, location)
        elif kind is ast.Attribute:
            self.check_forbidden_name(target.attr, ast.Store, location)
            if node.value is None:
                self.check_annotation_expression(target.value)
        elif kind is ast.Subscript:
            if node.value is None:
                self.check_annotation_expression(target.value)
                self.check_annotation_subscript(target.slice)
        else:
            raise SystemError(f"invalid node type ({kind.__name__}) for annotated assignment")
        # A complex target's annotation is evaluated (last), unless kept as a string.
        if not node.simple and not future_annotations and module_or_class:
            self.check_annotation_expression(node.annotation)

    # -- control flow ----------------------------------------------------------------------

    def visit_If(self, node: ast.If) -> None:
        end = self.new_label()
        target = self.new_label() if node.orelse else end
        self.jump_if(location_of(node), node.test, target, False)
        self.visit_statements(node.body)
        if node.orelse:
            self.addop_jump(JUMP, NO_LOCATION, end)
            self.use_label(target)
            self.visit_statements(node.orelse)
        self.use_label(end)

    def visit_For(self, node: ast.For) -> None:
        location = location_of(node)
        start = self.new_label()
        body = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        self.push_frame_block(location, FOR_LOOP, start, end)
        self.visit_expr(node.iter)
        self.addop(GET_ITER, location)
        self.use_label(start)
        self.addop_jump(FOR_ITER, location, cleanup)
        self.use_label(body)
        self.visit_expr(node.target)
        self.visit_statements(node.body)
        self.addop_jump(JUMP, NO_LOCATION, start)   # artificial: no line of its own
        self.use_label(cleanup)
        self.addop(END_FOR, NO_LOCATION)
        self.pop_frame_block(FOR_LOOP, start)
        self.visit_statements(node.orelse)
        self.use_label(end)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        location = location_of(node)
        if self.is_top_level_await():
            self.unit.scope.coroutine = True
        elif self.unit.scope_type != SCOPE_ASYNC_FUNCTION:
            raise self.error("'async for' outside async function", location)
        start = self.new_label()
        handler = self.new_label()
        end = self.new_label()
        self.visit_expr(node.iter)
        self.addop(GET_AITER, location)
        self.use_label(start)
        self.push_frame_block(location, FOR_LOOP, start, end)
        # SETUP_FINALLY guards the __anext__ call: StopAsyncIteration ends the loop.
        self.addop_jump(SETUP_FINALLY, location, handler)
        self.addop(GET_ANEXT, location)
        self.load_const(None, location)
        self.add_yield_from(location, True)
        self.addop(POP_BLOCK, location)
        self.visit_expr(node.target)
        self.visit_statements(node.body)
        self.addop_jump(JUMP, NO_LOCATION, start)
        self.pop_frame_block(FOR_LOOP, start)
        self.use_label(handler)
        # END_ASYNC_FOR belongs to the ``for`` line, like the iterator.
        self.addop(END_ASYNC_FOR, location_of(node.iter))
        self.visit_statements(node.orelse)
        self.use_label(end)

    def visit_While(self, node: ast.While) -> None:
        loop = self.new_label()
        body = self.new_label()
        end = self.new_label()
        anchor = self.new_label()
        location = location_of(node)
        self.use_label(loop)
        self.push_frame_block(location, WHILE_LOOP, loop, end)
        self.jump_if(location, node.test, anchor, False)
        self.use_label(body)
        self.visit_statements(node.body)
        self.jump_if(location, node.test, body, True)
        self.pop_frame_block(WHILE_LOOP, loop)
        self.use_label(anchor)
        if node.orelse:
            self.visit_statements(node.orelse)
        self.use_label(end)

    def visit_Return(self, node: ast.Return) -> None:
        location = location_of(node)
        value = node.value
        preserve_tos = value is not None and type(value) is not ast.Constant
        scope = self.unit.scope
        if not scope.is_function_like:
            raise self.error("'return' outside function", location)
        if value is not None and scope.coroutine and scope.generator:
            raise self.error("'return' with value in async generator", location)
        if preserve_tos:
            self.visit_expr(value)
        elif value is not None:
            location = location_of(value)   # the value's line, for tracing
            self.addop(NOP, location)
        if value is None or value.lineno != node.lineno:
            location = location_of(node)
            self.addop(NOP, location)
        location, _ = self.unwind_frame_block_stack(location, preserve_tos)
        if value is None:
            self.load_const(None, location)
        elif not preserve_tos:
            self.load_const(value.value, location)
        self.addop(RETURN_VALUE, location)

    def visit_Break(self, node: ast.Break) -> None:
        origin = location = location_of(node)
        self.addop(NOP, location)
        location, loop = self.unwind_frame_block_stack(location, False, stop_at_loop=True)
        if loop is None:
            raise self.error("'break' outside loop", origin)
        location = self.unwind_frame_block(location, loop, False)
        self.addop_jump(JUMP, location, loop.exit)

    def visit_Continue(self, node: ast.Continue) -> None:
        origin = location = location_of(node)
        self.addop(NOP, location)
        location, loop = self.unwind_frame_block_stack(location, False, stop_at_loop=True)
        if loop is None:
            raise self.error("'continue' not properly in loop", origin)
        self.addop_jump(JUMP, location, loop.block)

    def visit_Raise(self, node: ast.Raise) -> None:
        count = 0
        if node.exc is not None:
            self.visit_expr(node.exc)
            count += 1
            if node.cause is not None:
                self.visit_expr(node.cause)
                count += 1
        self.addop(RAISE_VARARGS, location_of(node), count)

    def visit_Assert(self, node: ast.Assert) -> None:
        test = node.test
        if ((type(test) is ast.Tuple and test.elts) or
                (type(test) is ast.Constant and isinstance(test.value, tuple) and test.value)):
            self.warn("assertion is always true, perhaps remove parentheses?", location_of(node))
        if self.optimize:
            return
        end = self.new_label()
        location = location_of(node)
        self.jump_if(location, test, end, True)
        self.addop(LOAD_ASSERTION_ERROR, location)
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.addop(CALL, location, 0)
        self.addop(RAISE_VARARGS, location, 1)
        self.use_label(end)

    # -- imports -------------------------------------------------------------------------

    def import_as(self, location, name: str, asname: str) -> None:
        """Bind ``import a.b.c as d``: fetch each attribute after the first module."""
        parts = name.split(".")
        if len(parts) > 1:
            names = self.unit.metadata.names
            for position, part in enumerate(parts[1:], start=2):
                self.addop_indexed(IMPORT_FROM, location, part, names)
                if position == len(parts):
                    break
                self.addop(SWAP, location, 2)
                self.addop(POP_TOP, location)
            self.nameop(location, asname, ast.Store)
            self.addop(POP_TOP, location)
            return
        self.nameop(location, asname, ast.Store)

    def visit_Import(self, node: ast.Import) -> None:
        location = location_of(node)
        names = self.unit.metadata.names
        for alias in node.names:
            self.load_const(0, location)
            self.load_const(None, location)
            self.addop_name(IMPORT_NAME, location, alias.name, names)
            if alias.asname is not None:
                self.import_as(location, alias.name, alias.asname)
            else:
                self.nameop(location, alias.name.split(".", 1)[0], ast.Store)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        location = location_of(node)
        self.load_const(node.level, location)
        imported = tuple([alias.name for alias in node.names])
        if (_location_is_after(location, self.future.location) and node.module == "__future__"):
            raise self.error("from __future__ imports must occur at the beginning of the file",
                             location)
        self.load_const(imported, location)
        names = self.unit.metadata.names
        self.addop_name(IMPORT_NAME, location, node.module or "", names)
        for index, alias in enumerate(node.names):
            if index == 0 and alias.name.startswith("*"):
                self.addop(CALL_INTRINSIC_1, location, INTRINSIC_IMPORT_STAR)
                self.addop(POP_TOP, NO_LOCATION)
                return
            self.addop_name(IMPORT_FROM, location, alias.name, names)
            self.nameop(location, alias.asname or alias.name, ast.Store)
        self.addop(POP_TOP, location)   # the module itself
