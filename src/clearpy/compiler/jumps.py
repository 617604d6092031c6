"""Turning jumps to blocks into jumps by a number of code units.

Until now a jump points at a basic block. In ``co_code`` a jump's argument is
a *distance*, counted in 2-byte code units from the end of the jump
instruction (after its cache entries): ``JUMP_FORWARD`` and the conditional
jumps go forward only, ``JUMP_BACKWARD`` backward only. Two steps (CPython
3.12's ``_PyCfg_ResolveJumps``):

1. ``normalize_jumps``: with the block order now final, the pseudo ``JUMP``
   becomes ``JUMP_FORWARD`` or ``JUMP_BACKWARD`` depending on where its target
   lies. A conditional jump backwards does not exist, so it is rewritten as
   the opposite conditional jump over a new ``JUMP_BACKWARD``.
2. ``resolve_jump_offsets``: lay the blocks out, compute every distance. A
   distance over 255 needs ``EXTENDED_ARG`` prefixes, which make the code
   longer and may push other distances over the limit, so the layout is
   repeated until nothing grows.
"""

from clearpy.bytecode.instructions import opcode_table
from clearpy.compiler.flowgraph import BasicBlock, ControlFlowGraph
from clearpy.compiler.instruction_sequence import Instruction
from clearpy.compiler.opcodes import (
    BACKWARD_JUMPS, JUMP, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP_FORWARD, JUMP_NO_INTERRUPT,
    JUMPS, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE)

# Code units an instruction occupies besides its EXTENDED_ARG prefixes: itself and its caches.
UNITS = [1 + (caches or 0) for caches in opcode_table("cache_entries")]

_REVERSED = {
    POP_JUMP_IF_NOT_NONE: POP_JUMP_IF_NONE, POP_JUMP_IF_NONE: POP_JUMP_IF_NOT_NONE,
    POP_JUMP_IF_FALSE: POP_JUMP_IF_TRUE, POP_JUMP_IF_TRUE: POP_JUMP_IF_FALSE,
}


def instruction_size(opcode: int, oparg: int) -> int:
    """Code units of one instruction: EXTENDED_ARG prefixes, itself, its caches."""
    if oparg <= 0xFF:
        return UNITS[opcode]
    return UNITS[opcode] + (oparg > 0xFF) + (oparg > 0xFFFF) + (oparg > 0xFFFFFF)


def normalize_jumps(graph: ControlFlowGraph) -> None:
    block = graph.entry
    while block is not None:
        block.visited = False
        block = block.next
    block = graph.entry
    while block is not None:
        block.visited = True
        instructions = block.instructions
        if instructions and instructions[-1].opcode in JUMPS:
            _normalize_jump(block, instructions[-1])
        block = block.next


def _normalize_jump(block: BasicBlock, last: Instruction) -> None:
    is_forward = not last.target.visited
    opcode = last.opcode
    if opcode == JUMP:
        last.opcode = JUMP_FORWARD if is_forward else JUMP_BACKWARD
        return
    if opcode == JUMP_NO_INTERRUPT:
        last.opcode = JUMP_FORWARD if is_forward else JUMP_BACKWARD_NO_INTERRUPT
        return
    if is_forward or opcode not in _REVERSED:
        return
    # "if x: goto back" becomes "if not x: goto next; goto back".
    backwards_jump = BasicBlock()
    jump = Instruction(JUMP, last.target.label, last.location)
    jump.target = last.target
    backwards_jump.instructions.append(jump)
    last.opcode = _REVERSED[opcode]
    last.target = block.next       # (the oparg keeps the old label id, as in CPython)
    backwards_jump.cold = block.cold
    backwards_jump.next = block.next
    block.next = backwards_jump


def resolve_jump_offsets(graph: ControlFlowGraph) -> None:
    """Set every block's ``offset`` and every jump's oparg (a distance in code units)."""
    units = UNITS
    blocks = []
    sizes = []
    jumping = []        # indexes of the blocks that end with a jump
    block = graph.entry
    while block is not None:
        instructions = block.instructions
        # A jump's oparg is still a label id here: CPython sizes the first
        # layout with it, and so does clearpy, to reach the same fixed point.
        size = sum([units[instruction.opcode] if instruction.oparg <= 0xFF
                    else instruction_size(instruction.opcode, instruction.oparg)
                    for instruction in instructions])
        if instructions and instructions[-1].opcode in JUMPS:
            jumping.append(len(blocks))
        blocks.append(block)
        sizes.append(size)
        block = block.next
    while True:
        total = 0
        for block, size in zip(blocks, sizes):
            block.offset = total
            total += size
        grew = False
        for index in jumping:
            block = blocks[index]
            jump = block.instructions[-1]
            old_size = instruction_size(jump.opcode, jump.oparg)
            end = block.offset + sizes[index]
            target = jump.target.offset
            if target < end:
                assert jump.opcode in BACKWARD_JUMPS, "a forward-only jump goes backwards"
                jump.oparg = end - target
            else:
                assert jump.opcode not in BACKWARD_JUMPS, "a backward jump goes forwards"
                jump.oparg = target - end
            new_size = instruction_size(jump.opcode, jump.oparg)
            if new_size != old_size:
                sizes[index] += new_size - old_size
                grew = True
        if not grew:
            return
