"""Giving line numbers to the instructions code generation left without one.

Some instructions have no source of their own: the ``return None`` at the
end of a function, the jump back to the top of a loop, cleanup code. PEP 626
requires that a frame's ``f_lineno`` be right whenever it leaves, so every
return and raise needs a line number. CPython 3.12 fixes them up in three
steps (``resolve_line_numbers``):

1. an exit block without line numbers that several blocks jump to is
   duplicated, one copy per jumping block, each copy taking the line of its
   jump (``duplicate_exits_without_lineno``);
2. inside a block, an instruction without a location takes the location of
   the one before it; a block with a single predecessor that starts without
   one takes the location its predecessor ended with
   (``propagate_line_numbers``);
3. any ``RETURN_VALUE`` still without a line gets the line of the nearest
   block before it that has one (``guarantee_lineno_for_exits``).
"""

from clearpy.compiler.flowgraph import ControlFlowGraph, copy_block, max_label
from clearpy.compiler.instruction_sequence import NO_LOCATION, Location
from clearpy.compiler.opcodes import JUMPS, NO_FALLTHROUGH, RETURN_VALUE, SCOPE_EXITS


def resolve_line_numbers(graph: ControlFlowGraph, firstlineno: int) -> None:
    duplicate_exits_without_lineno(graph)
    propagate_line_numbers(graph)
    guarantee_lineno_for_exits(graph, firstlineno)


def _is_exit_without_lineno(block) -> bool:
    instructions = block.instructions
    if not instructions or instructions[-1].opcode not in SCOPE_EXITS:
        return False
    for instruction in instructions:
        if instruction.location[0] >= 0:
            return False
    return True


def duplicate_exits_without_lineno(graph: ControlFlowGraph) -> None:
    next_label = None
    block = graph.entry
    while block is not None:
        last = block.instructions[-1]
        if last.opcode in JUMPS:
            target = last.target
            if target.predecessors > 1 and _is_exit_without_lineno(target):
                if next_label is None:
                    next_label = max_label(graph) + 1
                new_target = copy_block(target)
                new_target.instructions[0].location = last.location
                last.target = new_target
                target.predecessors -= 1
                new_target.predecessors = 1
                new_target.label = next_label     # (the jump's oparg keeps the old id)
                next_label += 1
                new_target.next = target.next
                target.next = new_target
        block = block.next
    # The exits without line numbers left can only be reached by falling through.
    block = graph.entry
    while block is not None:
        following = block.next
        instructions = block.instructions
        if (following is not None and instructions and instructions[-1].opcode not in NO_FALLTHROUGH
                and _is_exit_without_lineno(following)):
            following.instructions[0].location = instructions[-1].location
        block = following


def propagate_line_numbers(graph: ControlFlowGraph) -> None:
    block = graph.entry
    while block is not None:
        instructions = block.instructions
        following = block.next
        if not instructions:
            block = following
            continue
        previous = NO_LOCATION
        for instruction in instructions:
            if instruction.location[0] < 0:
                instruction.location = previous
            else:
                previous = instruction.location
        last = instructions[-1]
        if following is not None and following.predecessors == 1 and last.opcode not in NO_FALLTHROUGH:
            if following.instructions[0].location[0] < 0:
                following.instructions[0].location = previous
        if last.opcode in JUMPS:
            target = last.target
            if target.predecessors == 1 and target.instructions[0].location[0] < 0:
                target.instructions[0].location = previous
        block = following


def guarantee_lineno_for_exits(graph: ControlFlowGraph, firstlineno: int) -> None:
    lineno = firstlineno
    block = graph.entry
    while block is not None:
        instructions = block.instructions
        if instructions:
            last = instructions[-1]
            if last.location[0] < 0:
                if last.opcode == RETURN_VALUE:
                    for instruction in instructions:
                        _, end_lineno, col_offset, end_col_offset = instruction.location
                        instruction.location = Location(lineno, end_lineno, col_offset, end_col_offset)
            else:
                lineno = last.location[0]
        block = block.next
