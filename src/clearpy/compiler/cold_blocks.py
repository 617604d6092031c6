"""Moving the code only exceptions reach to the end of the unit.

An ``except`` clause or the cleanup of a ``with`` runs only when something
raised. CPython 3.12 lays such *cold* blocks out after all the *warm* ones
(those reachable from the entry by ordinary jumps and fall-throughs), so the
normal path is one straight, compact run of code (``push_cold_blocks_to_end``).

A cold block that used to fall through into a warm one gets an explicit
``JUMP`` first, since after the move the warm block no longer follows it.
"""

from clearpy.compiler.cfg_optimizer import remove_redundant_jumps
from clearpy.compiler.flowgraph import NO_LABEL, BasicBlock, ControlFlowGraph, max_label
from clearpy.compiler.instruction_sequence import NO_LOCATION, Instruction
from clearpy.compiler.opcodes import JUMP, JUMPS


def push_cold_blocks_to_end(graph: ControlFlowGraph) -> None:
    entry = graph.entry
    if entry.next is None:
        return     # a single block: nothing to reorder
    if not graph.has_handlers:
        return     # no exception handler, so no cold block: the order stays
    _mark_cold(graph)

    next_label = max_label(graph) + 1
    block = entry
    while block is not None:
        following = block.next
        if block.cold and following is not None and following.warm and block.has_fallthrough():
            if following.label == NO_LABEL:
                following.label = next_label
                next_label += 1
            explicit_jump = BasicBlock()
            instruction = Instruction(JUMP, following.label, NO_LOCATION)
            instruction.target = following
            explicit_jump.instructions.append(instruction)
            explicit_jump.cold = True
            explicit_jump.next = following
            block.next = explicit_jump
        block = following

    # Unlink each streak of cold blocks and chain the streaks after the last warm block.
    cold_head = cold_tail = None
    block = entry
    while block.next is not None:
        while block.next is not None and not block.next.cold:
            block = block.next
        if block.next is None:
            break
        streak_start = block.next
        streak_end = streak_start
        while streak_end.next is not None and streak_end.next.cold:
            streak_end = streak_end.next
        if cold_head is None:
            cold_head = streak_start
        else:
            cold_tail.next = streak_start
        cold_tail = streak_end
        block.next = streak_end.next
        streak_end.next = None
    block.next = cold_head
    if cold_head is not None:
        remove_redundant_jumps(graph)


def _mark_cold(graph: ControlFlowGraph) -> None:
    """Warm: reached from the entry without exceptions. Cold: reached only from a handler."""
    for block in graph.blocks():
        block.visited = False
    entry = graph.entry
    entry.visited = True
    stack = [entry]
    while stack:
        block = stack.pop()
        block.warm = True
        following = block.next
        if following is not None and block.has_fallthrough() and not following.visited:
            stack.append(following)
            following.visited = True
        for instruction in block.instructions:
            if instruction.opcode in JUMPS and not instruction.target.visited:
                stack.append(instruction.target)
                instruction.target.visited = True

    for block in graph.blocks():
        block.visited = False
    stack = []
    for block in graph.blocks():
        if block.except_handler:
            stack.append(block)
            block.visited = True
    while stack:
        block = stack.pop()
        block.cold = True
        following = block.next
        if following is not None and block.has_fallthrough():
            if not following.warm and not following.visited:
                stack.append(following)
                following.visited = True
        instructions = block.instructions
        if instructions and instructions[-1].opcode in JUMPS:
            target = instructions[-1].target
            if not target.warm and not target.visited:
                stack.append(target)
                target.visited = True
