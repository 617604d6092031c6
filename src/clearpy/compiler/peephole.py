"""The peephole optimizer: small rewrites inside one basic block.

It looks at each instruction together with its neighbours (through a
"peephole") and replaces known patterns by cheaper equivalents, as CPython
3.12's ``optimize_basic_block`` does:

- ``LOAD_CONST c; POP_JUMP_IF_FALSE/TRUE``: the constant's truth is known, so
  the pair becomes a plain ``JUMP`` or nothing;
- ``LOAD_CONST None; IS_OP; POP_JUMP_IF_*`` becomes ``POP_JUMP_IF_NONE`` or
  ``POP_JUMP_IF_NOT_NONE``;
- ``LOAD_CONST c; RETURN_VALUE`` becomes ``RETURN_CONST c``;
- ``LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2`` becomes ``LOAD_CONST (a, b)``
  (constant folding), and ``BUILD_TUPLE n; UNPACK_SEQUENCE n`` (``a, b = b, a``)
  becomes a ``SWAP`` or nothing;
- a jump to an unconditional jump goes straight to the final target (*jump
  threading*);
- runs of ``SWAP`` are replaced by the shortest equivalent run, and a ``SWAP``
  followed by stores is done by reordering the stores instead (``swaptimize``,
  ``apply_static_swaps``);
- ``PUSH_NULL; LOAD_GLOBAL`` becomes one ``LOAD_GLOBAL`` with its NULL bit set.

Removed instructions become ``NOP``s first; ``cfg_optimizer`` deletes the NOPs
that no line number needs.
"""

from clearpy.compiler.constants import ConstCache, const_key
from clearpy.compiler.flowgraph import BasicBlock
from clearpy.compiler.opcodes import (
    BUILD_TUPLE, COPY, HAS_CONST, HAS_TARGET, IS_OP, JUMP, LOAD_CONST, LOAD_GLOBAL, NOP,
    POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, POP_TOP,
    PUSH_NULL, RETURN_CONST, RETURN_VALUE, STORE_FAST, STORE_FAST_MAYBE_NULL, SWAP,
    UNPACK_SEQUENCE, lookup_table)

# Jumps that may be threaded through a following unconditional JUMP.
_THREADABLE = frozenset((POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                         POP_JUMP_IF_NOT_NONE, JUMP))
# The opcodes optimize_block has a rule for; every other instruction is skipped quickly.
_INTERESTING = frozenset((LOAD_CONST, BUILD_TUPLE, SWAP, PUSH_NULL, COPY)) | _THREADABLE
_IS_INTERESTING = lookup_table(_INTERESTING)


class Constants:
    """The unit's constants while optimizing: a list that folding may extend.

    ``index_of`` finds a constant by its key (so ``(1, 2)`` and ``(1.0, 2)``
    stay apart), the way CPython finds the merged tuple in the list.
    ``keys``, when known, are the constants' keys (``const_key``), kept in step
    with ``values`` so that the assembler need not compute them again.
    """

    __slots__ = ("values", "cache", "keys", "_index")

    def __init__(self, values: list, cache: ConstCache, keys: list | None = None):
        self.values = values
        self.cache = cache
        self.keys = keys
        self._index = None

    @classmethod
    def of_unit(cls, consts: dict, cache: ConstCache) -> "Constants":
        """The constants of a unit's metadata (key -> index), in index order."""
        keys = list(consts)
        if list(consts.values()) != list(range(len(keys))):     # not added in index order
            keys.sort(key=consts.__getitem__)
        return cls([key[1] if type(key) is tuple else key for key in keys], cache, keys)

    def index_of(self, value) -> int:
        if self._index is None:
            self._index = {}
            if self.keys is not None:
                for index, key in enumerate(self.keys):
                    self._index.setdefault(key, index)
            else:
                for index, existing in enumerate(self.values):
                    self._index.setdefault(const_key(existing), index)
        key = const_key(value)
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self.values)
            self.values.append(value)
            if self.keys is not None:
                self.keys.append(key)
        return index

    def keep(self, used: list) -> list:
        """Keep only the constants whose ``used`` flag is set; return each old index's new one."""
        new_index = []
        kept = []
        kept_keys = []
        keys = self.keys
        for index, value in enumerate(self.values):
            if used[index]:
                new_index.append(len(kept))
                kept.append(value)
                if keys is not None:
                    kept_keys.append(keys[index])
            else:
                new_index.append(-1)
        self.values[:] = kept
        if keys is not None:
            keys[:] = kept_keys
        self._index = None
        return new_index


def optimize_block(block: BasicBlock, constants: Constants) -> None:
    """Apply the peephole rules to one block (``optimize_basic_block``)."""
    instructions = block.instructions
    count = len(instructions)
    opcode = 0
    oparg = 0
    target = None     # the first instruction of the current jump's target block
    rewritten = False     # a rule made NOPs
    interesting = _IS_INTERESTING
    i = 0
    while i < count:
        instruction = instructions[i]
        current = instruction.opcode
        if not interesting[current]:
            opcode = current
            i += 1
            continue
        # LOAD_CONST c; COPY 1; ... is treated like LOAD_CONST c; ... (the copy goes).
        if not (opcode == LOAD_CONST and current == COPY and instruction.oparg == 1):
            opcode = current
            oparg = instruction.oparg
            target = instruction.target.instructions[0] if opcode in HAS_TARGET else None
        next_opcode = instructions[i + 1].opcode if i + 1 < count else 0

        if opcode == LOAD_CONST:
            if next_opcode == POP_JUMP_IF_FALSE or next_opcode == POP_JUMP_IF_TRUE:
                is_true = bool(constants.values[oparg])
                _set_nop(instruction)
                jump_if_true = next_opcode == POP_JUMP_IF_TRUE
                if is_true == jump_if_true:
                    instructions[i + 1].opcode = JUMP
                else:
                    _set_nop(instructions[i + 1])
                rewritten = True
            elif next_opcode == IS_OP:
                jump_opcode = instructions[i + 2].opcode if i + 2 < count else 0
                if constants.values[oparg] is None and (
                        jump_opcode == POP_JUMP_IF_FALSE or jump_opcode == POP_JUMP_IF_TRUE):
                    inverted = instructions[i + 1].oparg & 0xFF
                    _set_nop(instruction)
                    _set_nop(instructions[i + 1])
                    if inverted ^ (jump_opcode == POP_JUMP_IF_FALSE):
                        instructions[i + 2].opcode = POP_JUMP_IF_NOT_NONE
                    else:
                        instructions[i + 2].opcode = POP_JUMP_IF_NONE
                    rewritten = True
            elif next_opcode == RETURN_VALUE:
                _set_nop(instruction)
                i += 1
                instructions[i].opcode = RETURN_CONST
                instructions[i].oparg = oparg
                rewritten = True
        elif opcode == BUILD_TUPLE:
            following = instructions[i + 1] if i + 1 < count else None
            if next_opcode == UNPACK_SEQUENCE and oparg == following.oparg and oparg in (1, 2, 3):
                # a, = x,  ->  nothing;   a, b = b, a  ->  SWAP 2;   a, b, c = c, b, a  ->  SWAP 3
                _set_nop(instruction)
                if oparg == 1:
                    _set_nop(following)
                else:
                    following.opcode = SWAP
                rewritten = True
                i += 1
                continue
            if i >= oparg:
                rewritten |= _fold_tuple_of_constants(instructions, i - oparg, oparg, constants)
        elif opcode in _THREADABLE:
            if target.opcode == JUMP and _thread_jump(instruction, target, opcode):
                continue      # look at the rewritten jump again
        elif opcode == SWAP:
            if oparg == 1:
                _set_nop(instruction)
            else:
                i = _swaptimize(instructions, i)
                _apply_static_swaps(instructions, i)
            rewritten = True
        elif opcode == PUSH_NULL:
            if next_opcode == LOAD_GLOBAL and (instructions[i + 1].oparg & 1) == 0:
                _set_nop(instruction)
                instructions[i + 1].oparg |= 1
                rewritten = True
        i += 1
    if rewritten:
        block.has_nop = True


def _set_nop(instruction) -> None:
    instruction.opcode = NOP
    instruction.oparg = 0


def _thread_jump(instruction, target, opcode: int) -> bool:
    """Make ``instruction`` jump where the JUMP at its target goes (``jump_thread``).

    Only when both are on the same line (or the JUMP has none), so that line
    events stay the same, and when it changes something (bpo-45773).
    """
    target_line = target.location[0]
    if ((instruction.location[0] == target_line or target_line == -1)
            and instruction.target is not target.target):
        instruction.target = target.target
        instruction.opcode = opcode
        return True
    return False


def _fold_tuple_of_constants(instructions: list, start: int, count: int, constants: Constants) -> bool:
    """``LOAD_CONST a; ...; LOAD_CONST z; BUILD_TUPLE n`` -> ``LOAD_CONST (a, ..., z)``.

    Returns whether it did (and so made NOPs)."""
    loads = instructions[start:start + count]
    for load in loads:
        if load.opcode not in HAS_CONST:
            return False
    for load in loads:
        if load.opcode != LOAD_CONST:   # RETURN_CONST or KW_NAMES: CPython fails here too
            raise SystemError("Internal error: failed to get value of a constant")
    values = constants.values
    folded = constants.cache.merge(tuple([values[load.oparg] for load in loads]))
    index = constants.index_of(folded)
    for load in loads:
        _set_nop(load)
    build = instructions[start + count]
    build.opcode = LOAD_CONST
    build.oparg = index
    return True


def _swaptimize(instructions: list, start: int) -> int:
    """Replace a run of SWAPs (and NOPs) from ``start`` by the shortest equivalent run.

    The run's combined effect is a permutation of the top ``depth`` stack
    items; it is rebuilt from the permutation's cycles, each cycle costing one
    SWAP per item other than the top. Returns the index of the run's last
    instruction.
    """
    depth = instructions[start].oparg
    length = 0
    more = False
    limit = len(instructions) - start
    while True:
        length += 1
        if length >= limit:
            break
        opcode = instructions[start + length].opcode
        if opcode == SWAP:
            depth = max(depth, instructions[start + length].oparg)
            more = True
        elif opcode != NOP:
            break
    if not more:
        return start    # a single SWAP is already optimal
    # Run the swaps on a model stack of positions 0 (top) .. depth-1.
    stack = list(range(depth))
    for index in range(start, start + length):
        instruction = instructions[index]
        if instruction.opcode == SWAP:
            position = instruction.oparg - 1
            stack[0], stack[position] = stack[position], stack[0]
    # Write the cycles' swaps from the end of the run backwards.
    visited = -1
    current = start + length - 1
    for i in range(depth):
        if stack[i] == visited or stack[i] == i:
            continue
        j = i
        while True:
            if j:
                instructions[current].opcode = SWAP
                instructions[current].oparg = j + 1
                current -= 1
            if stack[j] == visited:
                break
            next_j = stack[j]
            stack[j] = visited
            j = next_j
    while current >= start:
        _set_nop(instructions[current])
        current -= 1
    return start + length - 1


# Instructions that may be reordered with each other: they only consume the
# top of the stack and cannot jump, raise, or run arbitrary code.
_SWAPPABLE = frozenset((STORE_FAST, STORE_FAST_MAYBE_NULL, POP_TOP))
_STORES = frozenset((STORE_FAST, STORE_FAST_MAYBE_NULL))


def _stores_to(instruction) -> int:
    return instruction.oparg if instruction.opcode in _STORES else -1


def _next_swappable(instructions: list, i: int, lineno: int) -> int:
    """Index of the next swappable instruction after ``i``, skipping NOPs, or -1."""
    count = len(instructions)
    i += 1
    while i < count:
        instruction = instructions[i]
        if lineno >= 0 and instruction.location[0] != lineno:
            # Reordering across a line change would change which names are
            # bound when a line event fires.
            return -1
        if instruction.opcode == NOP:
            i += 1
            continue
        if instruction.opcode in _SWAPPABLE:
            return i
        return -1
    return -1


def _apply_static_swaps(instructions: list, i: int) -> None:
    """Do SWAPs by swapping the instructions that consume the values (``apply_static_swaps``).

    ``SWAP 2; POP_TOP; STORE_FAST x`` is ``NOP; STORE_FAST x; POP_TOP``.
    """
    while i >= 0:
        swap = instructions[i]
        if swap.opcode != SWAP:
            if swap.opcode == NOP or swap.opcode in _SWAPPABLE:
                i -= 1
                continue
            return
        j = _next_swappable(instructions, i, -1)
        if j < 0:
            return
        k = j
        lineno = instructions[j].location[0]
        for _ in range(swap.oparg - 1):
            k = _next_swappable(instructions, k, lineno)
            if k < 0:
                return
        store_j = _stores_to(instructions[j])
        store_k = _stores_to(instructions[k])
        if store_j >= 0 or store_k >= 0:
            if store_j == store_k:
                return
            for index in range(j + 1, k):
                store = _stores_to(instructions[index])
                if store >= 0 and (store == store_j or store == store_k):
                    return
        _set_nop(swap)
        instructions[j], instructions[k] = instructions[k], instructions[j]
        i -= 1
