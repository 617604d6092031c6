"""Finding reads of local variables that may not be bound yet.

``LOAD_FAST`` trusts that the variable has a value; ``LOAD_FAST_CHECK`` first
checks and raises ``UnboundLocalError``. The compiler emits ``LOAD_FAST``
everywhere, and this pass switches to the checking form wherever some path
from the function's start reaches the load without a store in between (or
after a ``del``), as CPython 3.12's
``add_checks_for_loads_of_uninitialized_variables`` does.

It is a classic *dataflow analysis*: each block gets the set of locals that
may be unbound on entry, as a bit mask (bit ``i`` for local ``i``). Parameters
start bound, other locals unbound; a store clears the bit, a ``del`` sets it;
a block passes its result on to its successors and to the exception handler
of each instruction, and blocks are re-scanned until nothing changes.

Like CPython, only the first 64 locals get this treatment; the others are
checked one block at a time (any load not preceded by a store or load in
the same block is checked).
"""

from clearpy.compiler.flowgraph import ControlFlowGraph
from clearpy.compiler.opcodes import (
    DELETE_FAST, JUMPS, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_CHECK, STORE_FAST,
    STORE_FAST_MAYBE_NULL)

_UNBINDS = frozenset((DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL))
_BINDS = frozenset((STORE_FAST, LOAD_FAST_CHECK))
_RELEVANT = _UNBINDS | _BINDS | {LOAD_FAST}
_TRACKED = 64


def add_checks_for_loads_of_uninitialized_variables(graph: ControlFlowGraph, nlocals: int,
                                                    nparams: int) -> None:
    if nlocals == 0:
        return
    if nlocals > _TRACKED:
        _scan_many_locals(graph, nlocals)
        nlocals = _TRACKED
    start_mask = 0
    for index in range(nparams, nlocals):
        start_mask |= 1 << index
    if not start_mask and _UNBINDS.isdisjoint(graph.opcodes):
        return      # every local is a parameter and nothing unbinds one: all loads are safe
    for block in graph.blocks():
        block.visited = False
        block.unsafe_locals = 0
    stack = []
    _maybe_push(graph.entry, start_mask, stack)
    # Every block is scanned once, since a DELETE_FAST anywhere starts new uncertainty.
    for block in graph.blocks():
        _scan_block(block, stack)
    while stack:
        block = stack.pop()
        block.visited = False
        _scan_block(block, stack)


def _maybe_push(block, mask: int, stack: list) -> None:
    """Add ``mask`` to what ``block`` knows; queue it if that is news."""
    both = block.unsafe_locals | mask
    if both != block.unsafe_locals:
        block.unsafe_locals = both
        if not block.visited:
            stack.append(block)
            block.visited = True


def _scan_block(block, stack: list) -> None:
    unsafe = block.unsafe_locals
    last_handler = None
    last_handler_mask = -1
    for instruction in block.instructions:
        handler = instruction.handler
        if handler is not None and (handler is not last_handler or unsafe != last_handler_mask):
            _maybe_push(handler, unsafe, stack)
            last_handler = handler
            last_handler_mask = unsafe
        opcode = instruction.opcode
        if opcode not in _RELEVANT:
            continue
        oparg = instruction.oparg
        if oparg >= _TRACKED:
            continue
        bit = 1 << oparg
        if opcode in _UNBINDS:
            unsafe |= bit
        elif opcode == LOAD_FAST:
            if unsafe & bit:
                instruction.opcode = LOAD_FAST_CHECK
            unsafe &= ~bit
        else:
            unsafe &= ~bit
    following = block.next
    if following is not None and block.has_fallthrough():
        _maybe_push(following, unsafe, stack)
    instructions = block.instructions
    if instructions and instructions[-1].opcode in JUMPS:
        _maybe_push(instructions[-1].target, unsafe, stack)


def _scan_many_locals(graph: ControlFlowGraph, nlocals: int) -> None:
    """Locals from 64 on: a load is safe only after a store or load earlier in its block."""
    # state[i] == block_number: local 64+i is known bound in that block.
    state = [0] * (nlocals - _TRACKED)
    block_number = 0
    for block in graph.blocks():
        block_number += 1
        for instruction in block.instructions:
            oparg = instruction.oparg
            opcode = instruction.opcode
            if opcode not in _RELEVANT or type(oparg) is not int or oparg < _TRACKED:
                continue
            index = oparg - _TRACKED
            if opcode in _UNBINDS:
                state[index] = block_number - 1
            elif opcode == STORE_FAST:
                state[index] = block_number
            elif opcode == LOAD_FAST:
                if state[index] != block_number:
                    instruction.opcode = LOAD_FAST_CHECK
                state[index] = block_number
