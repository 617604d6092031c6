"""Code generation for comprehensions and generator expressions.

``[x * 2 for x in items if x]`` is a loop that appends to a new list:

    BUILD_LIST 0; <iterator>
    start: FOR_ITER end; STORE x; <if not x: jump start>; <x * 2>; LIST_APPEND 2
           JUMP start
    end:   END_FOR

Before Python 3.12 every comprehension was a hidden function, called at once.
Since PEP 709, list, set and dict comprehensions are *inlined* into the code
around them: their loop variables live in the enclosing function's fast locals
for the duration of the comprehension, saved before (``LOAD_FAST_AND_CLEAR``)
and restored after (``STORE_FAST``), also when an exception escapes. Generator
expressions still become functions (generators), as do comprehensions in
annotation scopes. ``async for`` in a comprehension uses ``GET_ANEXT`` and a
``SEND`` loop instead of ``FOR_ITER``.
"""

import ast

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.codegen import (
    ASYNC_COMPREHENSION_GENERATOR, CALL, GET_AWAITABLE, JUMP, LOAD_FAST, LOAD_FAST_AND_CLEAR,
    MAKE_CELL, NO_LOCATION, POP_BLOCK, POP_TOP, RERAISE, RETURN_VALUE, SCOPE_ASYNC_FUNCTION,
    SCOPE_COMPREHENSION, SETUP_FINALLY, STORE_FAST_MAYBE_NULL, SWAP, location_of)
from clearpy.compiler.symtable import (
    CELL, DEF_LOCAL, DEF_NONLOCAL, FREE, SCOPE_MASK, SCOPE_OFFSET, BlockType)
from clearpy.compiler.codegen_expressions import (
    BUILD_LIST, BUILD_MAP, BUILD_SET, LIST_APPEND, MAP_ADD, SET_ADD)
from clearpy.compiler.instruction_sequence import Location

GET_ITER, FOR_ITER, END_FOR, GET_AITER, GET_ANEXT, END_ASYNC_FOR = (
    BY_NAME[name].opcode for name in (
        "GET_ITER", "FOR_ITER", "END_FOR", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR"))

GENERATOR_EXPRESSION = "genexp"
LIST_COMPREHENSION = "listcomp"
SET_COMPREHENSION = "setcomp"
DICT_COMPREHENSION = "dictcomp"

_BUILD = {LIST_COMPREHENSION: BUILD_LIST, SET_COMPREHENSION: BUILD_SET,
          DICT_COMPREHENSION: BUILD_MAP}


class _InlinedState:
    """What inlining a comprehension changed, to undo afterwards."""

    __slots__ = ("pushed_locals", "temp_symbols", "fast_hidden", "cleanup", "end")

    def __init__(self):
        self.pushed_locals: list[str] = []     # outer values saved on the stack
        self.temp_symbols: dict[str, int] = {}  # outer symbol flags to restore
        self.fast_hidden: set[str] = set()      # names made fast locals for now
        self.cleanup = None
        self.end = None


class ComprehensionCodegen:
    """Visitors for comprehensions (mixed into ``CodeGenerator``)."""

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.comprehension(node, GENERATOR_EXPRESSION, "<genexpr>", node.generators,
                           node.elt, None)

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self.comprehension(node, LIST_COMPREHENSION, "<listcomp>", node.generators,
                           node.elt, None)

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.comprehension(node, SET_COMPREHENSION, "<setcomp>", node.generators,
                           node.elt, None)

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.comprehension(node, DICT_COMPREHENSION, "<dictcomp>", node.generators,
                           node.key, node.value)

    def comprehension_iter(self, location, generator: ast.comprehension) -> None:
        self.visit_expr(generator.iter)
        self.addop(GET_AITER if generator.is_async else GET_ITER, location)

    def comprehension(self, node, kind: str, name: str, generators, element, value) -> None:
        """Compile a comprehension, inlined or as a function (``compiler_comprehension``)."""
        outer_scope_type = self.unit.scope_type
        is_top_level_await = self.is_top_level_await()
        entry = self.symtable.lookup(node)
        is_inlined = entry.comp_inlined
        is_async_generator = entry.coroutine
        location = location_of(node)
        outermost = generators[0]
        state = None
        if is_inlined:
            self.comprehension_iter(location, outermost)
            state = self.push_inlined_comprehension(location, entry)
        else:
            self.enter_scope(name, SCOPE_COMPREHENSION, node, node.lineno)
        if (is_async_generator and kind != GENERATOR_EXPRESSION
                and outer_scope_type not in (SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION)
                and not is_top_level_await):
            raise self.error("asynchronous comprehension outside of an asynchronous function",
                             location)
        if kind != GENERATOR_EXPRESSION:
            self.addop(_BUILD[kind], location, 0)
            if is_inlined:
                self.addop(SWAP, location, 2)
        self.comprehension_generator(location, generators, 0, 0, element, value, kind,
                                     is_inlined)
        if is_inlined:
            self.pop_inlined_comprehension(location, state)
            return
        if kind != GENERATOR_EXPRESSION:
            self.addop(RETURN_VALUE, location)
        else:
            self.wrap_in_stopiteration_handler()
        code = self.finish_unit(add_none=True)
        self.exit_scope()
        if is_top_level_await and is_async_generator:
            self.unit.scope.coroutine = True
        self.make_closure(location, code, 0)
        self.comprehension_iter(location, outermost)
        self.addop(CALL, location, 0)
        if is_async_generator and kind != GENERATOR_EXPRESSION:
            self.addop(GET_AWAITABLE, location, 0)
            self.load_const(None, location)
            self.add_yield_from(location, True)

    def comprehension_generator(self, location, generators, index: int, depth: int, element,
                                value, kind: str, iter_on_stack: bool) -> None:
        if generators[index].is_async:
            self.async_comprehension_generator(location, generators, index, depth, element,
                                               value, kind, iter_on_stack)
        else:
            self.sync_comprehension_generator(location, generators, index, depth, element,
                                              value, kind, iter_on_stack)

    def comprehension_element(self, element, value, kind: str, depth: int):
        """Add one element to the result (or yield it); return its location."""
        element_location = location_of(element)
        if kind == GENERATOR_EXPRESSION:
            self.visit_expr(element)
            self.add_yield(element_location)
            self.addop(POP_TOP, element_location)
        elif kind == LIST_COMPREHENSION:
            self.visit_expr(element)
            self.addop(LIST_APPEND, element_location, depth + 1)
        elif kind == SET_COMPREHENSION:
            self.visit_expr(element)
            self.addop(SET_ADD, element_location, depth + 1)
        else:
            # {k: v}: the key is evaluated before the value.
            self.visit_expr(element)
            self.visit_expr(value)
            element_location = Location(element.lineno, value.end_lineno, element.col_offset,
                                        value.end_col_offset)
            self.addop(MAP_ADD, element_location, depth + 1)
        return element_location

    def sync_comprehension_generator(self, location, generators, index: int, depth: int,
                                     element, value, kind: str, iter_on_stack: bool) -> None:
        start = self.new_label()
        if_cleanup = self.new_label()
        anchor = self.new_label()
        generator = generators[index]
        if not iter_on_stack:
            if index == 0:
                # The outermost iterator is the hidden function's argument.
                self.unit.metadata.argcount = 1
                self.addop(LOAD_FAST, location, 0)
            else:
                # ``for y in [f(x)]``: just assign the single value, no loop.
                iterable = generator.iter
                items = iterable.elts if type(iterable) in (ast.List, ast.Tuple) else ()
                if len(items) == 1 and type(items[0]) is not ast.Starred:
                    self.visit_expr(items[0])
                    start = None
                else:
                    self.visit_expr(iterable)
                    self.addop(GET_ITER, location)
        if start is not None:
            depth += 1
            self.use_label(start)
            self.addop_jump(FOR_ITER, location, anchor)
        self.visit_expr(generator.target)
        for condition in generator.ifs:
            self.jump_if(location, condition, if_cleanup, False)
        index += 1
        if index < len(generators):
            self.comprehension_generator(location, generators, index, depth, element, value,
                                         kind, False)
        element_location = location_of(element)
        if index >= len(generators):
            element_location = self.comprehension_element(element, value, kind, depth)
        self.use_label(if_cleanup)
        if start is not None:
            self.addop_jump(JUMP, element_location, start)
            self.use_label(anchor)
            self.addop(END_FOR, NO_LOCATION)

    def async_comprehension_generator(self, location, generators, index: int, depth: int,
                                      element, value, kind: str, iter_on_stack: bool) -> None:
        start = self.new_label()
        handler = self.new_label()
        if_cleanup = self.new_label()
        generator = generators[index]
        if not iter_on_stack:
            if index == 0:
                self.unit.metadata.argcount = 1
                self.addop(LOAD_FAST, location, 0)
            else:
                self.visit_expr(generator.iter)
                self.addop(GET_AITER, location)
        self.use_label(start)
        # The interpreter pushes a block here: account for it.
        self.push_frame_block(location, ASYNC_COMPREHENSION_GENERATOR, start)
        self.addop_jump(SETUP_FINALLY, location, handler)
        self.addop(GET_ANEXT, location)
        self.load_const(None, location)
        self.add_yield_from(location, True)
        self.addop(POP_BLOCK, location)
        self.visit_expr(generator.target)
        for condition in generator.ifs:
            self.jump_if(location, condition, if_cleanup, False)
        depth += 1
        index += 1
        if index < len(generators):
            self.comprehension_generator(location, generators, index, depth, element, value,
                                         kind, False)
        element_location = location_of(element)
        if index >= len(generators):
            element_location = self.comprehension_element(element, value, kind, depth)
        self.use_label(if_cleanup)
        self.addop_jump(JUMP, element_location, start)
        self.pop_frame_block(ASYNC_COMPREHENSION_GENERATOR, start)
        self.use_label(handler)
        self.addop(END_ASYNC_FOR, location)

    # -- PEP 709 inlining ------------------------------------------------------------------

    def push_inlined_comprehension(self, location, entry) -> _InlinedState:
        """Isolate the names a comprehension binds from the code around it."""
        unit = self.unit
        scope = unit.scope
        metadata = unit.metadata
        state = _InlinedState()
        in_class_block = scope.type == BlockType.CLASS and not unit.in_inlined_comprehension
        unit.in_inlined_comprehension += 1
        for name, flags in entry.symbols.items():
            # Only names bound in the comprehension are isolated (not a walrus to
            # a nonlocal); in a class body, every name is.
            if not ((flags & DEF_LOCAL and not flags & DEF_NONLOCAL) or in_class_block):
                continue
            if not scope.is_function_like:
                # Outside a function: make the name a fast local for now.
                if metadata.fasthidden.get(name) is not True:
                    metadata.fasthidden[name] = True
                    state.fast_hidden.add(name)
            inner_scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK
            outer_flags = scope.symbols.get(name, 0)
            outer_scope = (outer_flags >> SCOPE_OFFSET) & SCOPE_MASK
            if inner_scope != outer_scope and not (inner_scope == CELL and outer_scope == FREE):
                # The name has another scope inside: use the inner one while
                # compiling the comprehension, then restore the outer one.
                scope.symbols[name] = flags
                state.temp_symbols[name] = outer_flags
            # Save the outer value (or NULL) on the stack.
            self.addop_name_indexed_fast(LOAD_FAST_AND_CLEAR, location, name)
            if inner_scope == CELL:
                table = metadata.freevars if outer_scope == FREE else metadata.cellvars
                self.addop_name(MAKE_CELL, location, name, table)
            state.pushed_locals.append(name)
        if state.pushed_locals:
            # Bring the outermost iterator back to the top of the stack.
            self.addop(SWAP, location, len(state.pushed_locals) + 1)
            # A virtual try/finally restores the outer values if the
            # comprehension raises.
            state.cleanup = self.new_label()
            state.end = self.new_label()
            self.addop_jump(SETUP_FINALLY, location, state.cleanup)
        return state

    def addop_name_indexed_fast(self, opcode: int, location, name: str) -> None:
        self.addop_name(opcode, location, name, self.unit.metadata.varnames)

    def restore_inlined_locals(self, location, state: _InlinedState) -> None:
        count = len(state.pushed_locals)
        # The result (or exception) goes back under the saved values.
        self.addop(SWAP, location, count + 1)
        for name in reversed(state.pushed_locals):
            self.addop_name_indexed_fast(STORE_FAST_MAYBE_NULL, location, name)

    def pop_inlined_comprehension(self, location, state: _InlinedState) -> None:
        unit = self.unit
        unit.in_inlined_comprehension -= 1
        symbols = unit.scope.symbols
        for name, flags in state.temp_symbols.items():
            symbols[name] = flags
        if state.pushed_locals:
            self.addop(POP_BLOCK, NO_LOCATION)
            self.addop_jump(JUMP, NO_LOCATION, state.end)
            # The comprehension raised: drop its partial result, restore, re-raise.
            self.use_label(state.cleanup)
            self.addop(SWAP, NO_LOCATION, 2)
            self.addop(POP_TOP, NO_LOCATION)
            self.restore_inlined_locals(location, state)
            self.addop(RERAISE, NO_LOCATION, 0)
            self.use_label(state.end)
            self.restore_inlined_locals(location, state)
        # Names made fast for the comprehension stay known as such (False), so
        # the assembler marks them CO_FAST_HIDDEN.
        fasthidden = unit.metadata.fasthidden
        for name in state.fast_hidden:
            fasthidden[name] = False
