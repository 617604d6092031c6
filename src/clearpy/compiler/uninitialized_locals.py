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
    DELETE_FAST, JUMPS, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_CHECK, NO_FALLTHROUGH, STORE_FAST,
    STORE_FAST_MAYBE_NULL, lookup_table)

_UNBINDS = frozenset((DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL))
_BINDS = frozenset((STORE_FAST, LOAD_FAST_CHECK))
_RELEVANT = _UNBINDS | _BINDS | {LOAD_FAST}
_IS_RELEVANT = lookup_table(_RELEVANT)
_TRACKED = 64


def add_checks_for_loads_of_uninitialized_variables(graph: ControlFlowGraph, nlocals: int,
                                                    nparams: int) -> None:
    if nlocals == 0:
        return
    if nlocals > _TRACKED:
        _scan_many_locals(graph, nlocals)
        nlocals = _TRACKED
    # Bits nparams .. nlocals-1: the locals that are not parameters.
    start_mask = ((1 << nlocals) - 1) & ~((1 << nparams) - 1)
    if not start_mask and _UNBINDS.isdisjoint(graph.opcodes):
        return      # every local is a parameter and nothing unbinds one: all loads are safe
    block = graph.entry
    while block is not None:
        block.visited = False
        block.unsafe_locals = 0
        block = block.next
    stack = []
    _maybe_push(graph.entry, start_mask, stack)
    has_handlers = graph.has_handlers
    # Every block is scanned once, since a DELETE_FAST anywhere starts new uncertainty.
    block = graph.entry
    while block is not None:
        _scan_block(block, stack, has_handlers)
        block = block.next
    while stack:
        block = stack.pop()
        block.visited = False
        _scan_block(block, stack, has_handlers)


def _maybe_push(block, mask: int, stack: list) -> None:
    """Add ``mask`` to what ``block`` knows; queue it if that is news."""
    both = block.unsafe_locals | mask
    if both != block.unsafe_locals:
        block.unsafe_locals = both
        if not block.visited:
            stack.append(block)
            block.visited = True


def _scan_block(block, stack: list, has_handlers: bool) -> None:
    """Follow the maybe-unbound locals through ``block``; pass the result on to its
    successors and, where instructions have one, to their exception handler."""
    unsafe = block.unsafe_locals
    instructions = block.instructions
    last_handler = None
    last_handler_mask = -1
    relevant = _IS_RELEVANT
    for instruction in instructions:
        if has_handlers:
            handler = instruction.handler
            if handler is not None and (handler is not last_handler or unsafe != last_handler_mask):
                _maybe_push(handler, unsafe, stack)
                last_handler = handler
                last_handler_mask = unsafe
        if relevant[instruction.opcode]:
            oparg = instruction.oparg
            if oparg < _TRACKED:
                bit = 1 << oparg
                opcode = instruction.opcode
                if opcode in _UNBINDS:
                    unsafe |= bit
                else:
                    if opcode == LOAD_FAST and unsafe & bit:
                        instruction.opcode = LOAD_FAST_CHECK
                    unsafe &= ~bit
    # Pass the result on to the successors.
    following = block.next
    if not instructions:
        if following is not None:
            _maybe_push(following, unsafe, stack)
        return
    last = instructions[-1]
    if following is not None and last.opcode not in NO_FALLTHROUGH:
        _maybe_push(following, unsafe, stack)
    if last.opcode in JUMPS:
        _maybe_push(last.target, unsafe, stack)


def _scan_many_locals(graph: ControlFlowGraph, nlocals: int) -> None:
    """Locals from 64 on: a load is safe only after a store or load earlier in its block."""
    # state[i] == block_number: local 64+i is known bound in that block.
    state = [0] * (nlocals - _TRACKED)
    block_number = 0
    block = graph.entry
    while block is not None:
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
        block = block.next
