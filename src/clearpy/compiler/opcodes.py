"""Opcode numbers by name, and the groups of opcodes the compiler asks about.

The numbers come from the single instruction table,
``clearpy.bytecode.instructions``; this module only gives them names the
compiler's code can read (``LOAD_CONST`` instead of ``BY_NAME["LOAD_CONST"].opcode``)
and defines the groups of CPython's ``pycore_opcode_utils.h``: which opcodes
jump, which end a scope, which end a basic block...
"""

from clearpy.bytecode.instructions import BY_NAME, BY_OPCODE


def _opcode(name: str) -> int:
    return BY_NAME[name].opcode


CACHE = _opcode("CACHE")
POP_TOP = _opcode("POP_TOP")
PUSH_NULL = _opcode("PUSH_NULL")
END_FOR = _opcode("END_FOR")
NOP = _opcode("NOP")
RETURN_GENERATOR = _opcode("RETURN_GENERATOR")
RETURN_VALUE = _opcode("RETURN_VALUE")
RETURN_CONST = _opcode("RETURN_CONST")
RAISE_VARARGS = _opcode("RAISE_VARARGS")
RERAISE = _opcode("RERAISE")
LOAD_CONST = _opcode("LOAD_CONST")
KW_NAMES = _opcode("KW_NAMES")
LOAD_GLOBAL = _opcode("LOAD_GLOBAL")
IS_OP = _opcode("IS_OP")
BUILD_TUPLE = _opcode("BUILD_TUPLE")
UNPACK_SEQUENCE = _opcode("UNPACK_SEQUENCE")
COPY = _opcode("COPY")
SWAP = _opcode("SWAP")
FOR_ITER = _opcode("FOR_ITER")
SEND = _opcode("SEND")
YIELD_VALUE = _opcode("YIELD_VALUE")
EXTENDED_ARG = _opcode("EXTENDED_ARG")
JUMP_FORWARD = _opcode("JUMP_FORWARD")
JUMP_BACKWARD = _opcode("JUMP_BACKWARD")
JUMP_BACKWARD_NO_INTERRUPT = _opcode("JUMP_BACKWARD_NO_INTERRUPT")
POP_JUMP_IF_FALSE = _opcode("POP_JUMP_IF_FALSE")
POP_JUMP_IF_TRUE = _opcode("POP_JUMP_IF_TRUE")
POP_JUMP_IF_NONE = _opcode("POP_JUMP_IF_NONE")
POP_JUMP_IF_NOT_NONE = _opcode("POP_JUMP_IF_NOT_NONE")
LOAD_FAST = _opcode("LOAD_FAST")
LOAD_FAST_CHECK = _opcode("LOAD_FAST_CHECK")
LOAD_FAST_AND_CLEAR = _opcode("LOAD_FAST_AND_CLEAR")
STORE_FAST = _opcode("STORE_FAST")
DELETE_FAST = _opcode("DELETE_FAST")
MAKE_CELL = _opcode("MAKE_CELL")
LOAD_CLOSURE = _opcode("LOAD_CLOSURE")
LOAD_DEREF = _opcode("LOAD_DEREF")
STORE_DEREF = _opcode("STORE_DEREF")
DELETE_DEREF = _opcode("DELETE_DEREF")
LOAD_FROM_DICT_OR_DEREF = _opcode("LOAD_FROM_DICT_OR_DEREF")
COPY_FREE_VARS = _opcode("COPY_FREE_VARS")
# pseudo-instructions
SETUP_FINALLY = _opcode("SETUP_FINALLY")
SETUP_CLEANUP = _opcode("SETUP_CLEANUP")
SETUP_WITH = _opcode("SETUP_WITH")
POP_BLOCK = _opcode("POP_BLOCK")
JUMP = _opcode("JUMP")
JUMP_NO_INTERRUPT = _opcode("JUMP_NO_INTERRUPT")
STORE_FAST_MAYBE_NULL = _opcode("STORE_FAST_MAYBE_NULL")

# -- groups (pycore_opcode_utils.h) ------------------------------------------------

# Jumps: every opcode whose argument says where to go (FOR_ITER and SEND included).
JUMPS = frozenset(d.opcode for d in BY_OPCODE.values()
                  if d.argument in ("jump_forward", "jump_backward", "jump"))
# Block pushes: they name an exception handler, not a jump.
BLOCK_PUSHES = frozenset((SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH))
# Opcodes whose argument is a label (a basic block) inside the compiler.
HAS_TARGET = JUMPS | BLOCK_PUSHES
UNCONDITIONAL_JUMPS = frozenset((JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD,
                                 JUMP_BACKWARD_NO_INTERRUPT))
BACKWARD_JUMPS = frozenset((JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT))
CONDITIONAL_JUMPS = frozenset((POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                               POP_JUMP_IF_NOT_NONE))
# Leaving the frame: nothing after them runs.
SCOPE_EXITS = frozenset((RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE))
# Opcodes that must end a basic block.
TERMINATORS = JUMPS | SCOPE_EXITS
# After these the next instruction is not reached by falling through.
NO_FALLTHROUGH = SCOPE_EXITS | UNCONDITIONAL_JUMPS
# Opcodes whose argument is an index into co_consts.
HAS_CONST = frozenset(d.opcode for d in BY_OPCODE.values() if d.argument == "const")
# Opcodes whose argument is a cell or free variable (an index fixed up by the assembler).
USES_CELL_INDEX = frozenset((MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF,
                             LOAD_FROM_DICT_OR_DEREF))


def lookup_table(group) -> list[bool]:
    """``group`` as a list of booleans indexed by opcode (pseudo-opcodes included).

    For the back end's loops over every instruction: ``table[opcode]`` is a
    little quicker than ``opcode in group``, and these loops run millions of
    times over a large program.
    """
    return [opcode in group for opcode in range(max(BY_OPCODE) + 1)]
