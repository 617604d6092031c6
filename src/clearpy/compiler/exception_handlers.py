"""Which exception handler covers each instruction.

Code generation marks a ``try`` (or ``with``, or the cleanup of a
comprehension...) with pseudo-instructions: ``SETUP_FINALLY handler`` where the
protected region starts and ``POP_BLOCK`` where it ends. Regions nest, so the
active handlers form a stack: SETUP_* pushes, POP_BLOCK pops, and the top of
the stack is the handler of every instruction in between.

The nesting follows the *control flow*, not the layout: a jump carries its
stack to its target. So the pass walks the graph from the entry block, each
block starting with the stack its first visitor brought (CPython's
``label_exception_targets``). It stores the handler block in each
instruction's ``handler``, which later becomes an entry of the exception
table, and writes the stack depth into ``YIELD_VALUE``'s argument. (Which
blocks *are* handlers, CPython's ``mark_except_handlers``, is noted by
``flowgraph.build_cfg`` as it resolves the ``SETUP_*`` targets.)
"""

from clearpy.compiler.flowgraph import ControlFlowGraph
from clearpy.compiler.opcodes import (
    BLOCK_PUSHES, JUMPS, POP_BLOCK, SETUP_CLEANUP, SETUP_WITH, YIELD_VALUE, lookup_table)

# The opcodes label_exception_targets does more for than note the current handler.
_SPECIAL = lookup_table(BLOCK_PUSHES | JUMPS | {POP_BLOCK, YIELD_VALUE})


def label_exception_targets(graph: ControlFlowGraph) -> None:
    """Set ``instruction.handler`` for every instruction reachable from the entry.

    The stack of active handlers is a list whose first item is ``None`` (no
    handler); its top is the current handler. A SETUP_WITH or SETUP_CLEANUP
    handler also wants the offset of the raising instruction (``lasti``).
    """
    for block in graph.blocks():
        block.visited = False
    entry = graph.entry
    entry.visited = True
    entry.except_stack = [None]
    todo = [entry]
    while todo:
        block = todo.pop()
        stack = block.except_stack
        block.except_stack = None
        handler = stack[-1]
        special = _SPECIAL
        for instruction in block.instructions:
            opcode = instruction.opcode
            if not special[opcode]:
                instruction.handler = handler       # the usual case: covered by the current handler
            elif opcode in BLOCK_PUSHES:
                target = instruction.target
                if not target.visited:
                    target.except_stack = stack.copy()
                    target.visited = True
                    todo.append(target)
                if opcode == SETUP_WITH or opcode == SETUP_CLEANUP:
                    target.preserve_lasti = True
                stack.append(target)
                handler = target
            elif opcode == POP_BLOCK:
                stack.pop()
                handler = stack[-1]
            elif opcode in JUMPS:
                instruction.handler = handler
                target = instruction.target
                if not target.visited:
                    if block.has_fallthrough():
                        target.except_stack = stack.copy()
                    else:
                        target.except_stack = stack
                        stack = None
                    target.visited = True
                    todo.append(target)
            else:
                if opcode == YIELD_VALUE:
                    instruction.oparg = len(stack) - 1
                instruction.handler = handler
        following = block.next
        if following is not None and not following.visited and block.has_fallthrough():
            following.except_stack = stack
            following.visited = True
            todo.append(following)
