"""Code generation for try/except/finally, except*, with and async with.

Since Python 3.11 there are no "block stack" instructions at run time: the
code of a ``try`` body runs at full speed, and an *exception table* (built by
the assembler) says, for each range of instructions, where to jump when one of
them raises. The code generator marks those ranges with pseudo-instructions:

    SETUP_FINALLY handler    the following instructions are protected; an
                             exception jumps to ``handler`` with the
                             exception pushed
    SETUP_CLEANUP handler    the same, also pushing the offset of the raising
                             instruction (used to re-raise with the right line)
    SETUP_WITH handler       the same, for the body of a ``with``
    POP_BLOCK                the protected range ends here

A handler starts with ``PUSH_EXC_INFO`` (which saves the exception being
handled, for ``sys.exc_info()``) and ends with ``POP_EXCEPT``. A ``finally``
body is emitted twice: once for the normal path, once for the exceptional path
(which re-raises afterwards).

Leaving these blocks early (``return``, ``break``, ``continue``) must run their
clean-up code: ``unwind_frame_block`` emits it for each block being left.
"""

import ast

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.codegen import (
    ASYNC_WITH, CALL_INTRINSIC_2, COPY, EXCEPTION_GROUP_HANDLER, EXCEPTION_HANDLER,
    FINALLY_END, FINALLY_TRY, FOR_LOOP, GET_AWAITABLE, HANDLER_CLEANUP,
    INTRINSIC_PREP_RERAISE_STAR, JUMP, NO_LOCATION, POP_BLOCK, POP_EXCEPT, POP_TOP, POP_VALUE,
    RERAISE, SCOPE_ASYNC_FUNCTION, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, SWAP, TRY_EXCEPT,
    WHILE_LOOP, WITH, location_of)
from clearpy.compiler.codegen_expressions import BUILD_LIST, LIST_APPEND, POP_JUMP_IF_TRUE

(PUSH_EXC_INFO, CHECK_EXC_MATCH, CHECK_EG_MATCH, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE,
 POP_JUMP_IF_NOT_NONE, BEFORE_WITH, BEFORE_ASYNC_WITH, WITH_EXCEPT_START, NOP) = (
    BY_NAME[name].opcode for name in (
        "PUSH_EXC_INFO", "CHECK_EXC_MATCH", "CHECK_EG_MATCH", "POP_JUMP_IF_FALSE",
        "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "BEFORE_WITH", "BEFORE_ASYNC_WITH",
        "WITH_EXCEPT_START", "NOP"))

# Frame blocks that need no clean-up when left early.
_NOTHING_TO_UNWIND = frozenset({WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
                                "async comprehension"})


class ExceptionCodegen:
    """Visitors for try and with statements, and frame-block unwinding (mixed into
    ``CodeGenerator``)."""

    # -- leaving blocks early -------------------------------------------------------------

    def unwind_frame_block(self, location, block, preserve_tos: bool):
        """Emit the clean-up for leaving ``block``; return the location to continue with.

        ``preserve_tos``: the value on top of the stack (a return value) must
        survive the clean-up.
        """
        kind = block.kind
        if kind in _NOTHING_TO_UNWIND:
            return location
        if kind == FOR_LOOP:
            if preserve_tos:
                self.addop(SWAP, location, 2)
            self.addop(POP_TOP, location)        # the iterator
            return location
        if kind == TRY_EXCEPT:
            self.addop(POP_BLOCK, location)
            return location
        if kind == FINALLY_TRY:
            self.addop(POP_BLOCK, location)      # with the line of the unwinding statement
            if preserve_tos:
                self.push_frame_block(location, POP_VALUE, None)
            self.visit_statements(block.datum)   # the finally body
            if preserve_tos:
                self.pop_frame_block(POP_VALUE, None)
            # The finally body appears to run after the statement that leaves, so
            # what follows has no line of its own.
            return NO_LOCATION
        if kind == FINALLY_END:
            if preserve_tos:
                self.addop(SWAP, location, 2)
            self.addop(POP_TOP, location)        # exc_value
            if preserve_tos:
                self.addop(SWAP, location, 2)
            self.addop(POP_BLOCK, location)
            self.addop(POP_EXCEPT, location)
            return location
        if kind == WITH or kind == ASYNC_WITH:
            location = location_of(block.datum)  # the with statement
            self.addop(POP_BLOCK, location)
            if preserve_tos:
                self.addop(SWAP, location, 2)
            self.call_exit_with_nones(location)
            if kind == ASYNC_WITH:
                self.addop(GET_AWAITABLE, location, 2)
                self.load_const(None, location)
                self.add_yield_from(location, True)
            self.addop(POP_TOP, location)
            return NO_LOCATION
        if kind == HANDLER_CLEANUP:
            name = block.datum
            if name is not None:
                self.addop(POP_BLOCK, location)
            if preserve_tos:
                self.addop(SWAP, location, 2)
            self.addop(POP_BLOCK, location)
            self.addop(POP_EXCEPT, location)
            if name is not None:
                self.load_const(None, location)
                self.nameop(location, name, ast.Store)
                self.nameop(location, name, ast.Del)
            return location
        if kind == POP_VALUE:
            if preserve_tos:
                self.addop(SWAP, location, 2)
            self.addop(POP_TOP, location)
            return location
        raise AssertionError(f"unknown frame block {kind}")

    def unwind_frame_block_stack(self, location, preserve_tos: bool, stop_at_loop=False):
        """Unwind every frame block, or up to the innermost loop if ``stop_at_loop``.

        Returns (location, loop): the location to continue with, and the loop
        block found (None if none, or if not looking for one).
        """
        blocks = self.unit.frame_blocks
        if not blocks:
            return location, None
        top = blocks[-1]
        if top.kind == EXCEPTION_GROUP_HANDLER:
            raise self.error("'break', 'continue' and 'return' cannot appear in an except* block",
                             location)
        if stop_at_loop and (top.kind == WHILE_LOOP or top.kind == FOR_LOOP):
            return location, top
        blocks.pop()
        try:
            location = self.unwind_frame_block(location, top, preserve_tos)
            location, loop = self.unwind_frame_block_stack(location, preserve_tos, stop_at_loop)
        finally:
            blocks.append(top)
        return location, loop

    # -- try -------------------------------------------------------------------------------

    def visit_Try(self, node: ast.Try) -> None:
        if node.finalbody:
            self.try_finally(node, self.try_except)
        else:
            self.try_except(node)

    def visit_TryStar(self, node: ast.TryStar) -> None:
        if node.finalbody:
            self.try_finally(node, self.try_star_except)
        else:
            self.try_star_except(node)

    def try_finally(self, node, compile_handlers) -> None:
        """try: body finally: final -- the final body is emitted on both paths."""
        location = location_of(node)
        body = self.new_label()
        end = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.addop_jump(SETUP_FINALLY, location, end)
        self.use_label(body)
        self.push_frame_block(location, FINALLY_TRY, body, end, node.finalbody)
        if node.handlers:
            compile_handlers(node)
        else:
            self.visit_statements(node.body)
        self.addop(POP_BLOCK, NO_LOCATION)
        self.pop_frame_block(FINALLY_TRY, body)
        self.visit_statements(node.finalbody)
        self.addop_jump(JUMP, NO_LOCATION, exit)
        # The exceptional path: run the final body, then re-raise.
        self.use_label(end)
        self.addop_jump(SETUP_CLEANUP, NO_LOCATION, cleanup)
        self.addop(PUSH_EXC_INFO, NO_LOCATION)
        self.push_frame_block(NO_LOCATION, FINALLY_END, end)
        self.visit_statements(node.finalbody)
        self.pop_frame_block(FINALLY_END, end)
        self.addop(RERAISE, NO_LOCATION, 0)
        self.use_label(cleanup)
        self.pop_except_and_reraise(NO_LOCATION)
        self.use_label(exit)

    def try_except(self, node) -> None:
        """try: body except E as name: handler ... else: orelse."""
        location = location_of(node)
        body = self.new_label()
        handlers_start = self.new_label()
        end = self.new_label()
        cleanup = self.new_label()
        self.addop_jump(SETUP_FINALLY, location, handlers_start)
        self.use_label(body)
        self.push_frame_block(location, TRY_EXCEPT, body)
        self.visit_statements(node.body)
        self.pop_frame_block(TRY_EXCEPT, body)
        self.addop(POP_BLOCK, NO_LOCATION)
        if node.orelse:
            self.visit_statements(node.orelse)
        self.addop_jump(JUMP, NO_LOCATION, end)
        handlers = node.handlers
        last = len(handlers) - 1
        self.use_label(handlers_start)
        self.addop_jump(SETUP_CLEANUP, NO_LOCATION, cleanup)
        self.addop(PUSH_EXC_INFO, NO_LOCATION)
        # The interpreter pushes a block for the handler: account for it.
        self.push_frame_block(location, EXCEPTION_HANDLER, None)
        for index, handler in enumerate(handlers):
            handler_location = location_of(handler)
            if handler.type is None and index < last:
                raise self.error("default 'except:' must be last", handler_location)
            next_handler = self.new_label()
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.addop(CHECK_EXC_MATCH, handler_location)
                self.addop_jump(POP_JUMP_IF_FALSE, handler_location, next_handler)
            if handler.name is not None:
                cleanup_end = self.new_label()
                cleanup_body = self.new_label()
                self.nameop(handler_location, handler.name, ast.Store)
                # try: body finally: name = None; del name  (a handler's name is
                # deleted on the way out, even if the body deleted it already)
                self.addop_jump(SETUP_CLEANUP, handler_location, cleanup_end)
                self.use_label(cleanup_body)
                self.push_frame_block(handler_location, HANDLER_CLEANUP, cleanup_body, None,
                                      handler.name)
                self.visit_statements(handler.body)
                self.pop_frame_block(HANDLER_CLEANUP, cleanup_body)
                self.addop(POP_BLOCK, NO_LOCATION)
                self.addop(POP_BLOCK, NO_LOCATION)
                self.addop(POP_EXCEPT, NO_LOCATION)
                self.load_const(None, NO_LOCATION)
                self.nameop(NO_LOCATION, handler.name, ast.Store)
                self.nameop(NO_LOCATION, handler.name, ast.Del)
                self.addop_jump(JUMP, NO_LOCATION, end)
                # The handler body raised: clear the name, re-raise.
                self.use_label(cleanup_end)
                self.load_const(None, NO_LOCATION)
                self.nameop(NO_LOCATION, handler.name, ast.Store)
                self.nameop(NO_LOCATION, handler.name, ast.Del)
                self.addop(RERAISE, NO_LOCATION, 1)
            else:
                cleanup_body = self.new_label()
                self.addop(POP_TOP, handler_location)     # exc_value
                self.use_label(cleanup_body)
                self.push_frame_block(handler_location, HANDLER_CLEANUP, cleanup_body, None, None)
                self.visit_statements(handler.body)
                self.pop_frame_block(HANDLER_CLEANUP, cleanup_body)
                self.addop(POP_BLOCK, NO_LOCATION)
                self.addop(POP_EXCEPT, NO_LOCATION)
                self.addop_jump(JUMP, NO_LOCATION, end)
            self.use_label(next_handler)
        # No handler matched: re-raise.
        self.pop_frame_block(EXCEPTION_HANDLER, None)
        self.addop(RERAISE, NO_LOCATION, 0)
        self.use_label(cleanup)
        self.pop_except_and_reraise(NO_LOCATION)
        self.use_label(end)

    def try_star_except(self, node) -> None:
        """try: body except* E as name: handler ... (exception groups, PEP 654).

        Each handler takes the part of the group it matches (CHECK_EG_MATCH);
        what the handlers raise or leave unhandled is collected in a list and
        combined into the group to re-raise (CALL_INTRINSIC_2 PREP_RERAISE_STAR).
        """
        location = location_of(node)
        body = self.new_label()
        handlers_start = self.new_label()
        orelse = self.new_label()
        end = self.new_label()
        cleanup = self.new_label()
        reraise_star = self.new_label()
        self.addop_jump(SETUP_FINALLY, location, handlers_start)
        self.use_label(body)
        self.push_frame_block(location, TRY_EXCEPT, body)
        self.visit_statements(node.body)
        self.pop_frame_block(TRY_EXCEPT, body)
        self.addop(POP_BLOCK, NO_LOCATION)
        self.addop_jump(JUMP, NO_LOCATION, orelse)
        handlers = node.handlers
        last = len(handlers) - 1
        self.use_label(handlers_start)
        self.addop_jump(SETUP_CLEANUP, NO_LOCATION, cleanup)
        self.addop(PUSH_EXC_INFO, NO_LOCATION)
        self.push_frame_block(location, EXCEPTION_GROUP_HANDLER, None, None, "except handler")
        for index, handler in enumerate(handlers):
            handler_location = location_of(handler)
            next_handler = self.new_label()
            except_with_error = self.new_label()
            no_match = self.new_label()
            if index == 0:
                # [orig] -> [orig, [], exc]: the list collects what handlers raise.
                self.addop(BUILD_LIST, handler_location, 0)
                self.addop(COPY, handler_location, 2)
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.addop(CHECK_EG_MATCH, handler_location)
                self.addop(COPY, handler_location, 1)
                self.addop_jump(POP_JUMP_IF_NONE, handler_location, no_match)
            cleanup_end = self.new_label()
            cleanup_body = self.new_label()
            if handler.name is not None:
                self.nameop(handler_location, handler.name, ast.Store)
            else:
                self.addop(POP_TOP, handler_location)      # match
            self.addop_jump(SETUP_CLEANUP, handler_location, cleanup_end)
            self.use_label(cleanup_body)
            self.push_frame_block(handler_location, HANDLER_CLEANUP, cleanup_body, None,
                                  handler.name)
            self.visit_statements(handler.body)
            self.pop_frame_block(HANDLER_CLEANUP, cleanup_body)
            self.addop(POP_BLOCK, NO_LOCATION)
            if handler.name is not None:
                self.load_const(None, NO_LOCATION)
                self.nameop(NO_LOCATION, handler.name, ast.Store)
                self.nameop(NO_LOCATION, handler.name, ast.Del)
            self.addop_jump(JUMP, NO_LOCATION, next_handler)
            # The handler body raised: add that exception to the list.
            self.use_label(cleanup_end)
            if handler.name is not None:
                self.load_const(None, NO_LOCATION)
                self.nameop(NO_LOCATION, handler.name, ast.Store)
                self.nameop(NO_LOCATION, handler.name, ast.Del)
            self.addop(LIST_APPEND, NO_LOCATION, 3)      # exc
            self.addop(POP_TOP, NO_LOCATION)             # lasti
            self.addop_jump(JUMP, NO_LOCATION, except_with_error)
            self.use_label(next_handler)
            self.addop(NOP, NO_LOCATION)                 # holds a propagated location
            self.addop_jump(JUMP, NO_LOCATION, except_with_error)
            self.use_label(no_match)
            self.addop(POP_TOP, handler_location)        # match (None)
            self.use_label(except_with_error)
            if index == last:
                # The unhandled rest of the group (or None) joins the list.
                self.addop(LIST_APPEND, NO_LOCATION, 1)
                self.addop_jump(JUMP, NO_LOCATION, reraise_star)
        self.pop_frame_block(EXCEPTION_GROUP_HANDLER, None)
        reraise = self.new_label()
        self.use_label(reraise_star)
        self.addop(CALL_INTRINSIC_2, NO_LOCATION, INTRINSIC_PREP_RERAISE_STAR)
        self.addop(COPY, NO_LOCATION, 1)
        self.addop_jump(POP_JUMP_IF_NOT_NONE, NO_LOCATION, reraise)
        # Nothing to re-raise.
        self.addop(POP_TOP, NO_LOCATION)
        self.addop(POP_BLOCK, NO_LOCATION)
        self.addop(POP_EXCEPT, NO_LOCATION)
        self.addop_jump(JUMP, NO_LOCATION, end)
        self.use_label(reraise)
        self.addop(POP_BLOCK, NO_LOCATION)
        self.addop(SWAP, NO_LOCATION, 2)
        self.addop(POP_EXCEPT, NO_LOCATION)
        self.addop(RERAISE, NO_LOCATION, 0)
        self.use_label(cleanup)
        self.pop_except_and_reraise(NO_LOCATION)
        self.use_label(orelse)
        self.visit_statements(node.orelse)
        self.use_label(end)

    # -- with --------------------------------------------------------------------------

    def with_except_finish(self, cleanup) -> None:
        """After __exit__ was called with an exception: re-raise it unless suppressed."""
        suppress = self.new_label()
        self.addop_jump(POP_JUMP_IF_TRUE, NO_LOCATION, suppress)
        self.addop(RERAISE, NO_LOCATION, 2)
        self.use_label(suppress)
        self.addop(POP_TOP, NO_LOCATION)        # exc_value
        self.addop(POP_BLOCK, NO_LOCATION)
        self.addop(POP_EXCEPT, NO_LOCATION)
        self.addop(POP_TOP, NO_LOCATION)
        self.addop(POP_TOP, NO_LOCATION)
        exit = self.new_label()
        self.addop_jump(JUMP, NO_LOCATION, exit)
        self.use_label(cleanup)
        self.pop_except_and_reraise(NO_LOCATION)
        self.use_label(exit)

    def visit_With(self, node: ast.With, position: int = 0) -> None:
        """with EXPR as VAR: BLOCK (one level per item, PEP 343)."""
        item = node.items[position]
        block = self.new_label()
        final = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.visit_expr(item.context_expr)
        location = location_of(node)
        self.addop(BEFORE_WITH, location)       # pushes __exit__ and __enter__()'s result
        self.addop_jump(SETUP_WITH, location, final)
        self.use_label(block)
        self.push_frame_block(location, WITH, block, final, node)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.addop(POP_TOP, location)        # __enter__()'s result is not used
        position += 1
        if position == len(node.items):
            self.visit_statements(node.body)
        else:
            self.visit_With(node, position)
        self.addop(POP_BLOCK, NO_LOCATION)
        self.pop_frame_block(WITH, block)
        # Normal exit: __exit__(None, None, None).
        location = location_of(node)
        self.call_exit_with_nones(location)
        self.addop(POP_TOP, location)
        self.addop_jump(JUMP, location, exit)
        # Exceptional exit: __exit__ with the exception.
        self.use_label(final)
        self.addop_jump(SETUP_CLEANUP, location, cleanup)
        self.addop(PUSH_EXC_INFO, location)
        self.addop(WITH_EXCEPT_START, location)
        self.with_except_finish(cleanup)
        self.use_label(exit)

    def visit_AsyncWith(self, node: ast.AsyncWith, position: int = 0) -> None:
        """async with EXPR as VAR: BLOCK -- awaiting __aenter__ and __aexit__."""
        location = location_of(node)
        item = node.items[position]
        if self.is_top_level_await():
            self.unit.scope.coroutine = True
        elif self.unit.scope_type != SCOPE_ASYNC_FUNCTION:
            raise self.error("'async with' outside async function", location)
        block = self.new_label()
        final = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.visit_expr(item.context_expr)
        self.addop(BEFORE_ASYNC_WITH, location)
        self.addop(GET_AWAITABLE, location, 1)
        self.load_const(None, location)
        self.add_yield_from(location, True)
        self.addop_jump(SETUP_WITH, location, final)
        self.use_label(block)
        self.push_frame_block(location, ASYNC_WITH, block, final, node)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.addop(POP_TOP, location)
        position += 1
        if position == len(node.items):
            self.visit_statements(node.body)
        else:
            self.visit_AsyncWith(node, position)
        self.pop_frame_block(ASYNC_WITH, block)
        self.addop(POP_BLOCK, location)
        self.call_exit_with_nones(location)
        self.addop(GET_AWAITABLE, location, 2)
        self.load_const(None, location)
        self.add_yield_from(location, True)
        self.addop(POP_TOP, location)
        self.addop_jump(JUMP, location, exit)
        self.use_label(final)
        self.addop_jump(SETUP_CLEANUP, location, cleanup)
        self.addop(PUSH_EXC_INFO, location)
        self.addop(WITH_EXCEPT_START, location)
        self.addop(GET_AWAITABLE, location, 2)
        self.load_const(None, location)
        self.add_yield_from(location, True)
        self.with_except_finish(cleanup)
        self.use_label(exit)
