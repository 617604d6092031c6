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
from clearpy.compiler.opcodes import HAS_TARGET, NO_FALLTHROUGH

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def _effect_tables():
    """Per opcode: the effect when not jumping and when jumping, as an int if it
    does not depend on the oparg, else as a function of the oparg."""
    probes = list(range(0, 70)) + [255, 256, 257, 511, 4095, 65535, 65536 + 3]
    fallthrough, jumping = {}, {}
    for opcode, definition in BY_OPCODE.items():
        for table, jump in ((fallthrough, False), (jumping, True)):
            effects = {definition.stack_effect(oparg, jump) for oparg in probes}
            if len(effects) == 1:
                table[opcode] = effects.pop()
            else:
                table[opcode] = (lambda d, j: lambda oparg: d.stack_effect(oparg, j))(definition, jump)
    return fallthrough, jumping


_FALLTHROUGH_EFFECT, _JUMP_EFFECT = _effect_tables()


def stack_effect(opcode: int, oparg: int, jump: bool) -> int:
    effect = (_JUMP_EFFECT if jump else _FALLTHROUGH_EFFECT)[opcode]
    return effect if type(effect) is int else effect(oparg)


def max_stack_depth(graph: ControlFlowGraph, code_flags: int) -> int:
    """The maximum stack depth; also sets each reached block's ``start_depth``."""
    for block in graph.blocks():
        block.start_depth = -1
    stack = []

    def push(block, depth):
        if block.start_depth < depth and block.start_depth < 100:
            block.start_depth = depth
            stack.append(block)

    is_generator = code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
    push(graph.entry, 1 if is_generator else 0)
    max_depth = 0
    fallthrough_effect = _FALLTHROUGH_EFFECT
    while stack:
        block = stack.pop()
        depth = block.start_depth
        following = block.next
        for instruction in block.instructions:
            opcode = instruction.opcode
            effect = fallthrough_effect[opcode]
            if type(effect) is not int:
                effect = effect(instruction.oparg)
            new_depth = depth + effect
            if new_depth < 0:
                raise SystemError(f"clearpy: stack underflow at {BY_OPCODE[opcode].name}")
            if new_depth > max_depth:
                max_depth = new_depth
            if opcode in HAS_TARGET:
                target_depth = depth + stack_effect(opcode, instruction.oparg, True)
                if target_depth > max_depth:
                    max_depth = target_depth
                push(instruction.target, target_depth)
            depth = new_depth
            if opcode in NO_FALLTHROUGH:
                following = None      # the rest is dead
                break
        if following is not None:
            push(following, depth)
    return max_depth
