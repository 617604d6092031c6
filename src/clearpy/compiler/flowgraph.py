"""The control-flow graph: a code unit cut into basic blocks.

A *basic block* is a run of instructions that always executes from its first
instruction to its last: control can only enter at the top (it may be a jump
target) and leave at the bottom (by a jump, a return or raise, or by falling
through into the next block). Cutting the code into blocks turns "where can
control go?" into a graph whose nodes are blocks and whose edges are jumps and
fall-throughs. Every optimization of ``cfg_optimizer`` reads and rewrites this
graph; the assembler then lays the blocks out one after the other.

As in CPython 3.12 (Python/flowgraph.c), the blocks form a linked list in
layout order (``block.next``), and a block ends at the first jump, return or
raise, or where a label is placed. A jump instruction's ``target`` is the
block it goes to; a ``SETUP_*`` pseudo-instruction's target is the exception
handler's block.
"""

from clearpy.compiler.instruction_sequence import Instruction, InstructionSequence
from bisect import bisect_right

from clearpy.compiler.opcodes import (
    BLOCK_PUSHES, DELETE_FAST, HAS_TARGET, LOAD_FAST_AND_CLEAR, NO_FALLTHROUGH, NOP, SCOPE_EXITS,
    STORE_FAST_MAYBE_NULL, TERMINATORS, lookup_table)


NO_LABEL = -1

# The opcodes build_cfg looks at: those that end a block or name one, and those whose
# presence decides whether a later pass has work (graph.opcodes). As a list indexed by
# opcode: the quickest test in build_cfg's one loop over every instruction.
_NOTABLE_OPCODES = TERMINATORS | HAS_TARGET | {DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL, NOP}
_NOTABLE = lookup_table(_NOTABLE_OPCODES)


class BasicBlock:
    """A straight run of instructions, and what the passes learn about it."""

    __slots__ = (
        "instructions",      # list[Instruction]
        "next",              # the block laid out after this one (fall-through), or None
        "label",             # the label id jumps use for this block, -1 for none
        "except_handler",    # a SETUP_* names this block as an exception handler
        "preserve_lasti",    # the handler wants the raising instruction's offset pushed
        "predecessors",      # how many edges lead here (counted by mark_reachable)
        "visited",           # scratch flag for traversals
        "start_depth",       # stack depth on entry (stack_depth)
        "offset",            # first code unit of the block (the assembler)
        "cold",              # only reached through an exception handler
        "warm",              # reached from the entry without exceptions
        "except_stack",      # scratch: handlers active on entry (exception_handlers)
        "unsafe_locals",     # scratch: bit mask of maybe-unbound locals (uninitialized_locals)
        "has_nop",           # may hold a NOP: only such blocks are searched for NOPs to remove
    )

    def __init__(self, instructions=None):
        # Only the fields read before a pass sets them are initialized here: a
        # unit makes many blocks, and visited, start_depth, offset, except_stack
        # and unsafe_locals are always set by their own pass first.
        self.instructions = instructions if instructions is not None else []
        self.next = None
        self.label = NO_LABEL
        self.except_handler = False
        self.preserve_lasti = False
        self.predecessors = 0
        self.cold = False
        self.warm = False
        self.has_nop = False

    @property
    def last(self) -> Instruction | None:
        return self.instructions[-1] if self.instructions else None

    def has_fallthrough(self) -> bool:
        """Can control run off the end of this block into ``next``?"""
        instructions = self.instructions
        return not instructions or instructions[-1].opcode not in NO_FALLTHROUGH

    def exits_scope(self) -> bool:
        """Does the block end with a return, raise or re-raise?"""
        instructions = self.instructions
        return bool(instructions) and instructions[-1].opcode in SCOPE_EXITS

    def __repr__(self) -> str:
        return f"<BasicBlock {len(self.instructions)} instructions>"


class ControlFlowGraph:
    """The blocks of one code unit, starting at ``entry`` and linked by ``next``."""

    __slots__ = ("entry", "has_handlers", "opcodes")

    def __init__(self, entry: BasicBlock, opcodes: set[int]):
        self.entry = entry
        # The notable opcodes code generation used (jumps, exits, SETUP_*, DELETE_FAST,
        # LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL): a pass whose opcodes are absent
        # (most units have no try, no del...) can be skipped. Only for opcodes the
        # optimizer never introduces.
        self.opcodes = opcodes
        self.has_handlers = not BLOCK_PUSHES.isdisjoint(opcodes)   # any SETUP_* at all?

    def blocks(self):
        """The blocks in layout order."""
        block = self.entry
        while block is not None:
            yield block
            block = block.next

    def dispose(self) -> None:
        """Break the graph's reference cycles (a loop's jump back to its head is one), so
        that reference counting frees it at once even while the cycle collector is paused."""
        block = self.entry
        while block is not None:
            following = block.next
            block.next = None
            block.instructions = []
            block = following
        self.entry = None

    def last_block(self) -> BasicBlock:
        block = self.entry
        while block.next is not None:
            block = block.next
        return block

    def instructions(self):
        """Every instruction in layout order."""
        for block in self.blocks():
            yield from block.instructions


def copy_instruction(instruction: Instruction) -> Instruction:
    """A separate instruction with the same fields (CPython copies its structs by value)."""
    copy = Instruction(instruction.opcode, instruction.oparg, instruction.location)
    copy.target = instruction.target
    copy.handler = instruction.handler
    return copy


def copy_block(block: BasicBlock) -> BasicBlock:
    """A new block holding copies of ``block``'s instructions (``copy_basicblock``)."""
    copy = BasicBlock([copy_instruction(instruction) for instruction in block.instructions])
    copy.has_nop = block.has_nop
    return copy


def build_cfg(sequence: InstructionSequence) -> ControlFlowGraph:
    """Cut an instruction sequence into basic blocks (``instr_sequence_to_cfg``).

    A new block starts where a label is placed and after every jump, return
    or raise. Jump and ``SETUP_*`` instructions get their ``target`` block,
    and, as in CPython, the target's label id as oparg (when several labels
    share a place, the highest id stands for all), and a block that a
    ``SETUP_*`` names is marked ``except_handler``. The sequence's own
    instruction objects become the graph's: the sequence is consumed.
    """
    instructions = sequence.instructions
    count = len(instructions)
    label_at = {}          # position -> label id
    for label in sequence.labels:
        position = label.position
        if 0 <= position < count and label.id > label_at.get(position, NO_LABEL):
            label_at[position] = label.id
    # Speed: one quick look at every instruction finds the few that matter here
    # (jumps, returns, raises, SETUP_*, and the opcodes the graph notes for later
    # passes); everything after works on those alone and on whole blocks.
    notable = _NOTABLE
    marked = [index for index, instruction in enumerate(instructions) if notable[instruction.opcode]]
    starts = set(label_at)
    starts.add(0)
    opcodes = set()
    nops = []
    for index in marked:
        opcode = instructions[index].opcode
        opcodes.add(opcode)
        if opcode in TERMINATORS:
            starts.add(index + 1)
        elif opcode == NOP:
            nops.append(index)
    starts.discard(count)
    starts = sorted(starts)
    starts.append(count)
    block_at = {}
    entry = previous = None
    start = 0
    for end in starts[1:]:
        block = BasicBlock(instructions[start:end])
        block.label = label_at.get(start, NO_LABEL)
        block_at[start] = block
        if previous is None:
            entry = block
        else:
            previous.next = block
        previous = block
        start = end
    # Jumps now go to blocks rather than labels; the block a SETUP_* names is an
    # exception handler (CPython's mark_except_handlers, done here in passing).
    for index in marked:
        instruction = instructions[index]
        opcode = instruction.opcode
        if opcode in HAS_TARGET:
            target = block_at[instruction.oparg.position]
            instruction.target = target
            instruction.oparg = target.label
            if opcode in BLOCK_PUSHES:
                target.except_handler = True
    for index in nops:
        block_at[starts[bisect_right(starts, index) - 1]].has_nop = True
    return ControlFlowGraph(entry, opcodes)


def max_label(graph: ControlFlowGraph) -> int:
    """The highest label id of the graph's blocks (``get_max_label``): new labels go above."""
    highest = NO_LABEL
    block = graph.entry
    while block is not None:
        if block.label > highest:
            highest = block.label
        block = block.next
    return highest


def instructions_of(graph: ControlFlowGraph) -> list[tuple]:
    """The graph as ``_testinternalcapi.optimize_cfg`` prints it.

    ``(opcode, oparg, lineno, end_lineno, col_offset, end_col_offset)`` per
    instruction, in layout order; a jump's oparg is the index of the first
    instruction of its target block. For tests and ``explain``.
    """
    start_of = {}
    index = 0
    for block in graph.blocks():
        start_of[id(block)] = index
        index += len(block.instructions)
    result = []
    for instruction in graph.instructions():
        oparg = instruction.oparg
        if instruction.opcode in HAS_TARGET:
            oparg = start_of[id(instruction.target)]
        result.append((instruction.opcode, oparg, *instruction.location))
    return result
