"""How deep the value stack can get: ``co_stacksize``.

A frame allocates its value stack once, so the compiler must know the
largest number of values any path through the code can pile up. Each
instruction's *stack effect* (pushes minus pops, from the instruction table)
is added up along every path from the entry, starting each block at the
depth its first visitor brought (CPython 3.12's ``_PyCfg_Stackdepth``). A jump
can leave a different depth at its target than at the next instruction: a
``SETUP_FINALLY`` handler starts with the exception pushed, ``FOR_ITER``...
The code is assumed balanced: every path reaching a block brings the same
depth, and loops have no net effect.

A generator's frame starts with one value already on the stack (what was
sent into it).
"""

from clearpy.bytecode.instructions import BY_OPCODE
from clearpy.compiler.flowgraph import ControlFlowGraph
from clearpy.compiler.opcodes import BLOCK_PUSHES, JUMPS, NO_FALLTHROUGH

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def _effect_tables():
    """Per opcode, the stack effect when not jumping and when jumping: an int when it
    does not depend on the oparg, else a dict from oparg to effect filled on demand
    (the instruction table computes effects from stack pictures, which is slow)."""
    probes = list(range(16)) + [255, 256, 65536 + 3]
    fallthrough, jumping = {}, {}
    for opcode, definition in BY_OPCODE.items():
        for table, jump in ((fallthrough, False), (jumping, True)):
            effects = {definition.stack_effect(oparg, jump) for oparg in probes}
            table[opcode] = effects.pop() if len(effects) == 1 else {}
    # As lists indexed by opcode: the fastest lookup for the hot loop below.
    size = max(BY_OPCODE) + 1
    return ([fallthrough.get(opcode) for opcode in range(size)],
            [jumping.get(opcode) for opcode in range(size)])


_FALLTHROUGH_EFFECT, _JUMP_EFFECT = _effect_tables()

# For max_stack_depth's loop: the effect of each opcode whose effect is fixed, None
# for the others (those depending on the oparg, and the SETUP_* that push a handler).
_FIXED_EFFECT = [None if type(effect) is not int or opcode in BLOCK_PUSHES else effect
                 for opcode, effect in enumerate(_FALLTHROUGH_EFFECT)]
# ... and of the others, by ``oparg << 9 | opcode`` (opcodes stay under 512), as met.
_VARIABLE_EFFECT: dict[int, int] = {}


def stack_effect(opcode: int, oparg: int, jump: bool) -> int:
    """Pushes minus pops of one instruction, on the jumping path or the other one."""
    effect = (_JUMP_EFFECT if jump else _FALLTHROUGH_EFFECT)[opcode]
    if type(effect) is int:
        return effect
    known = effect.get(oparg)
    if known is None:
        known = effect[oparg] = BY_OPCODE[opcode].stack_effect(oparg, jump)
    return known


def max_stack_depth(graph: ControlFlowGraph, code_flags: int) -> int:
    """The maximum stack depth; also sets each reached block's ``start_depth``."""
    block = graph.entry
    while block is not None:
        block.start_depth = -1
        block = block.next
    entry = graph.entry
    entry.start_depth = 1 if code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) else 0
    stack = [entry]
    max_depth = 0
    fixed_effect = _FIXED_EFFECT
    variable_effect = _VARIABLE_EFFECT
    while stack:
        block = stack.pop()
        depth = block.start_depth
        instructions = block.instructions
        if not instructions:
            if block.next is not None:
                _push(stack, block.next, depth)
            continue
        # Every instruction moves the stack; only the last one can jump or leave
        # (a SETUP_* aside, handled off the quick path): this loop is the hot one.
        for instruction in instructions:
            effect = fixed_effect[instruction.opcode]
            if effect is None:
                opcode = instruction.opcode
                if opcode in BLOCK_PUSHES:
                    # The handler starts with the exception (and lasti) pushed.
                    target_depth = depth + stack_effect(opcode, 0, True)
                    if target_depth > max_depth:
                        max_depth = target_depth
                    _push(stack, instruction.target, target_depth)
                    continue
                key = instruction.oparg << 9 | opcode
                effect = variable_effect.get(key)
                if effect is None:
                    effect = variable_effect[key] = stack_effect(opcode, instruction.oparg, False)
            depth += effect
            if depth > max_depth:
                max_depth = depth
        last = instructions[-1]
        opcode = last.opcode
        if depth < 0:
            raise SystemError(f"clearpy: stack underflow at {BY_OPCODE[opcode].name}")
        if opcode in JUMPS:
            # depth before the jump, plus its effect when it jumps
            target_depth = depth - stack_effect(opcode, last.oparg, False) + stack_effect(opcode, last.oparg, True)
            if target_depth > max_depth:
                max_depth = target_depth
            _push(stack, last.target, target_depth)
        following = block.next
        if following is not None and opcode not in NO_FALLTHROUGH:
            if following.start_depth < depth and following.start_depth < 100:
                following.start_depth = depth
                stack.append(following)
    return max_depth


def _push(stack: list, block, depth: int) -> None:
    """Schedule ``block`` with entry depth ``depth`` unless it was reached before."""
    if block.start_depth < depth and block.start_depth < 100:
        block.start_depth = depth
        stack.append(block)
