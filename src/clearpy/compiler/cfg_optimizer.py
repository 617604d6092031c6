"""Optimizing the control-flow graph of one code unit (CPython 3.12's ``optimize_cfg``).

The passes run in CPython's order: drop empty blocks; copy small exit blocks
into the blocks that jump to them; run the peephole rules on every block
(``peephole``); drop ``NOP``s and pairs that cancel out such as
``LOAD_CONST; POP_TOP``; copy small exit blocks again; delete the blocks no
path reaches; and turn jumps to the very next block into ``NOP``s. Then the
constants no instruction uses any more are dropped.

The other passes over the graph have their own modules
(``exception_handlers``, ``uninitialized_locals``, ``cold_blocks``,
``line_numbers``); ``backend.optimize_code_unit`` runs them all.
"""

from clearpy.compiler.flowgraph import NO_LABEL, ControlFlowGraph, copy_instruction, max_label
from clearpy.compiler.opcodes import (
    BLOCK_PUSHES, COPY, HAS_CONST, HAS_TARGET, JUMPS, LOAD_CONST, NO_FALLTHROUGH, NOP, POP_BLOCK, POP_TOP,
    STORE_FAST, STORE_FAST_MAYBE_NULL, UNCONDITIONAL_JUMPS, lookup_table)
from clearpy.compiler.peephole import Constants, optimize_block

# Blocks of at most this many instructions that end the scope are copied
# rather than jumped to.
MAX_COPY_SIZE = 4


def optimize_cfg(graph: ControlFlowGraph, constants: Constants) -> None:
    """The optimizations proper. Removed code is first turned into NOPs, then deleted.

    (Each step visits the blocks in layout order, as CPython's loops do; the
    loops are written out here rather than calling a helper per block.)
    """
    eliminate_empty_basic_blocks(graph)
    inline_small_exit_blocks(graph)
    block = graph.entry
    while block is not None:
        optimize_block(block, constants)
        block = block.next
    remove_redundant_nops_and_pairs(graph)
    inline_small_exit_blocks(graph)
    mark_reachable(graph)
    block = graph.entry
    while block is not None:
        if block.predecessors == 0:
            block.instructions = []      # unreachable
            block.has_nop = False
        block = block.next
    remove_nops_where_flagged(graph)
    eliminate_empty_basic_blocks(graph)
    remove_redundant_jumps(graph)


def eliminate_empty_basic_blocks(graph: ControlFlowGraph) -> None:
    """Unlink empty blocks, and make jumps to an empty block go to the next non-empty one."""
    removed = False
    block = graph.entry
    while block is not None:
        following = block.next
        while following is not None and not following.instructions:
            following = following.next
            removed = True
        block.next = following
        block = following
    while graph.entry is not None and not graph.entry.instructions:
        graph.entry = graph.entry.next
        removed = True
    if not removed:
        return      # no jump can target an empty block
    next_label = max_label(graph) + 1
    has_handlers = graph.has_handlers
    block = graph.entry
    while block is not None:
        # Jumps end their block; only SETUP_* may sit anywhere.
        for instruction in block.instructions if has_handlers else block.instructions[-1:]:
            if instruction.opcode in HAS_TARGET:
                target = instruction.target
                if not target.instructions:
                    while not target.instructions:
                        target = target.next
                    if target.label == NO_LABEL:
                        target.label = next_label
                        next_label += 1
                    instruction.target = target
                    instruction.oparg = target.label
        block = block.next


def inline_small_exit_blocks(graph: ControlFlowGraph) -> None:
    """``JUMP`` to a short block that returns or raises: copy that block there instead."""
    block = graph.entry
    while block is not None:
        instructions = block.instructions
        if instructions and instructions[-1].opcode in UNCONDITIONAL_JUMPS:
            inline_small_exit_block(block)
        block = block.next


def inline_small_exit_block(block) -> None:
    """If ``block`` ends with a jump to a short exit block, copy that block in (``inline_small_exit_blocks``)."""
    instructions = block.instructions
    if not instructions or instructions[-1].opcode not in UNCONDITIONAL_JUMPS:
        return
    target = instructions[-1].target
    if target.exits_scope() and len(target.instructions) <= MAX_COPY_SIZE:
        last = instructions[-1]
        last.opcode = NOP
        last.oparg = 0
        instructions.extend([copy_instruction(instruction) for instruction in target.instructions])
        block.has_nop = True


def remove_nops_where_flagged(graph: ControlFlowGraph) -> None:
    """Remove redundant NOPs, visiting only the blocks flagged as holding one
    (block.has_nop): most blocks have none, and skipping them saves a walk."""
    block = graph.entry
    while block is not None:
        if block.has_nop:
            remove_redundant_nops(block)
        block = block.next


def remove_redundant_nops(block) -> int:
    """Delete the NOPs no line number needs; return how many went.

    A NOP stays only to carry a line number that would otherwise disappear
    (``pass`` on a line of its own must still produce a line event): it goes
    if it has no line, or the line of the instruction kept before it, or of the
    instruction after it (which takes the NOP's location if it has none).
    Callers skip the blocks whose ``has_nop`` is false; this sets it again (a NOP kept).
    """
    instructions = block.instructions
    nops = [index for index, instruction in enumerate(instructions) if instruction.opcode == NOP]
    removed = []
    previous_line = -1          # the line of the last instruction kept before the NOP
    last = len(instructions) - 1
    for index in nops:
        if index and (not removed or removed[-1] != index - 1):
            previous_line = instructions[index - 1].location[0]
        instruction = instructions[index]
        line = instruction.location[0]
        if line < 0 or previous_line == line:
            removed.append(index)
            continue
        if index < last:
            following = instructions[index + 1]
            following_line = following.location[0]
            if following_line == line:
                removed.append(index)
                continue
            if following_line < 0:
                following.location = instruction.location
                removed.append(index)
                continue
        else:
            following_block = block.next
            while following_block is not None and not following_block.instructions:
                following_block = following_block.next
            if following_block is not None:
                following_line = -1
                for candidate in following_block.instructions:
                    if candidate.opcode == NOP and candidate.location[0] == -1:
                        continue   # a NOP without a line: it will go too
                    following_line = candidate.location[0]
                    break
                if line == following_line:
                    removed.append(index)
                    continue
    for index in reversed(removed):
        del instructions[index]
    block.has_nop = len(removed) < len(nops)
    return len(removed)


def remove_redundant_nops_and_pairs(graph: ControlFlowGraph) -> None:
    """Delete NOPs, and pairs that cancel out: ``LOAD_CONST; POP_TOP`` and ``COPY 1; POP_TOP``.

    A pair may straddle two blocks when the first falls through into the
    second and nothing jumps to the second. Repeats until nothing changes.
    """
    done = False
    while not done:
        done = True
        instruction = None          # the instruction that runs just before, if known
        instruction_block = None    # the last block with instructions
        block = graph.entry
        while block is not None:
            if block.has_nop:
                remove_redundant_nops(block)
            if block.label != NO_LABEL:
                instruction = None      # a jump target: the previous instruction may not run first
            instructions = block.instructions
            if not instructions:
                block = block.next
                continue
            # Speed: only a POP_TOP ends a pair, so the POP_TOPs are found by the
            # list's own search (in C) instead of a Python loop over every instruction.
            opcodes = [current.opcode for current in instructions]
            index = -1
            for _ in range(opcodes.count(POP_TOP)):
                index = opcodes.index(POP_TOP, index + 1)
                previous = instructions[index - 1] if index else instruction
                if previous is not None and (previous.opcode == LOAD_CONST
                                             or (previous.opcode == COPY and previous.oparg == 1)):
                    previous.opcode = NOP
                    previous.oparg = 0
                    current = instructions[index]
                    current.opcode = NOP
                    current.oparg = 0
                    block.has_nop = True
                    if not index:
                        instruction_block.has_nop = True    # the pair straddles two blocks
                    done = False
            instruction_block = block
            instruction = instructions[-1]
            if instruction.opcode in JUMPS or instruction.opcode in NO_FALLTHROUGH:
                instruction = None
            block = block.next


def mark_reachable(graph: ControlFlowGraph) -> None:
    """Count each block's predecessors along the edges reachable from the entry."""
    block = graph.entry
    while block is not None:
        block.visited = False
        block = block.next
    entry = graph.entry
    entry.predecessors = 1
    has_handlers = graph.has_handlers
    stack = [entry]
    while stack:
        block = stack.pop()
        block.visited = True
        instructions = block.instructions
        following = block.next
        if following is not None and (not instructions or instructions[-1].opcode not in NO_FALLTHROUGH):
            if not following.visited:
                stack.append(following)
            following.predecessors += 1
        # Jumps end their block; only SETUP_* may sit anywhere.
        for instruction in instructions if has_handlers else instructions[-1:]:
            if instruction.opcode in HAS_TARGET:
                target = instruction.target
                if not target.visited:
                    stack.append(target)
                target.predecessors += 1


def remove_redundant_jumps(graph: ControlFlowGraph) -> bool:
    """A jump to the block that follows anyway becomes a NOP. Returns whether any did."""
    changed = False
    block = graph.entry
    while block is not None:
        last = block.instructions[-1]
        if last.opcode in UNCONDITIONAL_JUMPS and last.target is block.next:
            last.opcode = NOP
            last.oparg = 0
            block.has_nop = True
            changed = True
        block = block.next
    return changed


_HAS_CONST = lookup_table(HAS_CONST)


def remove_unused_consts(graph: ControlFlowGraph, constants: Constants) -> None:
    """Drop the constants no instruction loads; the first stays (it may be a docstring)."""
    values = constants.values
    if not values:
        return
    used = [False] * len(values)
    used[0] = True
    users = []
    has_const = _HAS_CONST      # (a list indexed by opcode: the quickest test)
    block = graph.entry
    while block is not None:
        for instruction in block.instructions:
            if has_const[instruction.opcode]:
                used[instruction.oparg] = True
                users.append(instruction)
        block = block.next
    if all(used):
        return
    new_index = constants.keep(used)
    for instruction in users:
        instruction.oparg = new_index[instruction.oparg]



def convert_pseudo_ops(graph: ControlFlowGraph) -> None:
    """The last pseudo-instructions become real ones (``_PyCfg_ConvertPseudoOps``).

    ``SETUP_*`` and ``POP_BLOCK`` have done their job (every instruction knows
    its handler) and become NOPs; ``STORE_FAST_MAYBE_NULL`` is a ``STORE_FAST``.
    """
    if graph.has_handlers or STORE_FAST_MAYBE_NULL in graph.opcodes:
        block = graph.entry
        while block is not None:
            for instruction in block.instructions:
                opcode = instruction.opcode
                if opcode in BLOCK_PUSHES or opcode == POP_BLOCK:
                    instruction.opcode = NOP
                    instruction.oparg = 0
                    block.has_nop = True
                elif opcode == STORE_FAST_MAYBE_NULL:
                    instruction.opcode = STORE_FAST
            block = block.next
    remove_nops_where_flagged(graph)
