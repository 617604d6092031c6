"""Every instruction of CPython 3.12's bytecode, defined once.

This table is the single source of truth about instructions in clearpy, as
``Python/bytecodes.c`` is in CPython: the compiler's stack-depth pass, the
assembler, the disassembler, the virtual machine and the tracer all read it.

Each instruction has:

- a **name** and an **opcode**, the number stored in ``co_code``;
- a **stack picture** in CPython's notation, ``"inputs -- outputs"``: the
  values it pops (top of stack last) and the values it pushes. ``lhs rhs --
  res`` pops two and pushes one. A sized item ``args[oparg]`` stands for
  ``oparg`` values, and ``null if (oparg & 1)`` for a value that is only there
  when the condition holds. From the picture come ``popped(oparg)`` and
  ``pushed(oparg)``, and so the stack effect;
- the number of **cache entries**: 2-byte slots after the instruction in
  ``co_code`` where CPython's specializing interpreter keeps notes. They are
  zero in freshly compiled code and clearpy's VM skips them;
- the **kind of argument** (``oparg``), which says how to read it: an index
  into ``co_consts`` or ``co_names``, a jump distance, a count, flags...;
- a one-line **summary** of what it does, for learners.

Pseudo-instructions (opcode 256 and up) exist only inside the compiler: the
assembler turns them into real ones (``SETUP_FINALLY`` into an exception-table
entry, ``JUMP`` into ``JUMP_FORWARD`` or ``JUMP_BACKWARD``...). CPython's
``INSTRUMENTED_*`` instructions belong to its monitoring machinery, never
appear in ``co_code``, and are not part of clearpy.
"""

from dataclasses import dataclass
from typing import Callable

# What an instruction's argument means. ``None``: the instruction has no argument.
ARGUMENT_KINDS = {
    "const": "index into co_consts",
    "name": "index into co_names",
    "global_name": "co_names index << 1, low bit: also push NULL (for a call)",
    "attr_name": "co_names index << 1, low bit: load as a method (push 2 values)",
    "super_name": "co_names index << 2, bit 0: method, bit 1: zero-argument super()",
    "local": "index into the fast locals (co_varnames)",
    "cell": "index into the fast locals including cells and free variables",
    "jump_forward": "distance forward, in code units, after the caches",
    "jump_backward": "distance backward, in code units, after the caches",
    "jump": "a jump target label (compiler only)",
    "handler": "the exception handler's label (compiler only)",
    "count": "how many values",
    "compare": "comparison operator << 4 (index into dis.cmp_op)",
    "binary_op": "which binary operator (index into NB_OPS)",
    "invert": "1 for the negated form (is not, not in)",
    "intrinsic_1": "which one-argument intrinsic function",
    "intrinsic_2": "which two-argument intrinsic function",
    "format": "conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a format spec is on the stack",
    "function_flags": "which optional parts are on the stack (defaults, kwdefaults, annotations, closure)",
    "call_ex_flags": "1 if a mapping of keyword arguments is on the stack",
    "resume": "where: 0 function start, 1 after yield, 2 after yield from, 3 after await",
    "await": "where: 0 plain await, 1 after __aenter__, 2 after __aexit__",
    "reraise": "1 to restore the frame's last instruction from the stack",
    "yield": "the exception stack depth at the yield",
    "raise": "0 re-raise, 1 raise exc, 2 raise exc from cause",
    "slice": "2 or 3 values",
    "extended_arg": "high bits of the next instruction's argument",
}

# Binary operators, in the order BINARY_OP's argument numbers them (NB_ADD = 0 ...).
NB_OPS = (
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
    ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"), ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="), ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="), ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="), ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="), ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="), ("NB_INPLACE_XOR", "^="),
)

# COMPARE_OP's argument is an index into this tuple, shifted left by 4.
COMPARISON_OPERATORS = ("<", "<=", "==", "!=", ">", ">=")

# CALL_INTRINSIC_1 and CALL_INTRINSIC_2: helper functions too rare for an opcode.
INTRINSIC_1 = (
    "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
)
INTRINSIC_2 = (
    "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
)

# MAKE_FUNCTION's flag bits, in the order the values sit on the stack.
MAKE_FUNCTION_FLAGS = {0x01: "defaults", 0x02: "kwdefaults", 0x04: "annotations", 0x08: "closure"}

# FORMAT_VALUE's argument: the conversion in the low two bits, and this bit when a
# format spec was pushed too.
FORMAT_VALUE_HAS_SPEC = 0x04
FORMAT_VALUE_CONVERSIONS = (None, "str", "repr", "ascii")

# What CPython's specializing interpreter keeps in an instruction's cache entries,
# field by field: (field name, how many 2-byte entries it takes). The entries add up
# to the instruction's ``cache_entries``. Freshly compiled code holds zeros there;
# only a disassembly with caches shown (``dis.dis(code, show_caches=True)``) names them.
CACHE_LAYOUTS = {
    "LOAD_GLOBAL": (("counter", 1), ("index", 1), ("module_keys_version", 1),
                    ("builtin_keys_version", 1)),
    "BINARY_OP": (("counter", 1),),
    "UNPACK_SEQUENCE": (("counter", 1),),
    "COMPARE_OP": (("counter", 1),),
    "BINARY_SUBSCR": (("counter", 1),),
    "FOR_ITER": (("counter", 1),),
    "LOAD_SUPER_ATTR": (("counter", 1),),
    "LOAD_ATTR": (("counter", 1), ("version", 2), ("keys_version", 2), ("descr", 4)),
    "STORE_ATTR": (("counter", 1), ("version", 2), ("index", 1)),
    "CALL": (("counter", 1), ("func_version", 2)),
    "STORE_SUBSCR": (("counter", 1),),
    "SEND": (("counter", 1),),
}

HAVE_ARGUMENT = 90        # real opcodes from STORE_NAME (90) on take an argument
MIN_PSEUDO_OPCODE = 256   # opcodes from here on exist only inside the compiler
CODE_UNIT_SIZE = 2        # every instruction and cache entry is two bytes: opcode, oparg


@dataclass(frozen=True)
class Instruction:
    """The definition of one instruction (not one occurrence of it in code)."""

    name: str
    opcode: int
    stack: str                       # "inputs -- outputs", see the module docstring
    summary: str
    argument: str | None = None      # a key of ARGUMENT_KINDS
    cache_entries: int = 0
    jump_pushes: int = 0             # extra values present when a pseudo-op's jump is taken
    popped: Callable[[int], int] = None   # derived from ``stack``
    pushed: Callable[[int], int] = None   # derived from ``stack``

    @property
    def has_argument(self) -> bool:
        """Does ``oparg`` mean something? (A SETUP_* handler is a label, not an oparg.)"""
        return self.argument is not None and self.argument != "handler"

    @property
    def is_pseudo(self) -> bool:
        return self.opcode >= MIN_PSEUDO_OPCODE

    @property
    def is_jump(self) -> bool:
        return self.argument in ("jump_forward", "jump_backward", "jump", "handler")

    def stack_effect(self, oparg: int = 0, jump: bool | None = None) -> int:
        """Net change in stack depth, like ``dis.stack_effect``.

        ``jump`` matters only for the SETUP_* pseudo-instructions, whose
        handler starts with extra values on the stack; ``None`` means the
        larger of the two, as in CPython.
        """
        effect = self.pushed(oparg) - self.popped(oparg)
        if jump or (jump is None and self.jump_pushes > 0):
            effect += self.jump_pushes
        return effect


def _stack_item_size(item: str) -> Callable[[int], int]:
    """How many values one item of a stack picture stands for, as a function of oparg.

    ``value`` is one; ``args[oparg]`` is ``oparg``; ``null if (oparg & 1)`` is one
    or none. Sizes and conditions are Python expressions in ``oparg``.
    """
    if " if " in item:
        condition = item.split(" if ", 1)[1]
        test = eval(f"lambda oparg: bool({condition})")  # noqa: S307 - our own table
        return lambda oparg: 1 if test(oparg) else 0
    if item.endswith("]"):
        size = item[item.index("[") + 1:-1]
        return eval(f"lambda oparg: {size}")  # noqa: S307 - our own table
    return lambda oparg: 1


def _split_stack_items(side: str) -> list[str]:
    """``"a b[oparg + 1] c if (oparg & 1)"`` -> ``["a", "b[oparg + 1]", "c if (oparg & 1)"]``.

    Words are split on spaces outside brackets; ``if`` and its condition stay
    with the word before them.
    """
    words, current, depth = [], "", 0
    for character in side.strip() + " ":
        depth += character in "(["
        depth -= character in ")]"
        if character == " " and depth == 0:
            if current:
                words.append(current)
            current = ""
        else:
            current += character
    items = []
    while words:
        word = words.pop(0)
        if words and words[0] == "if":
            word = f"{word} if {words[1]}"
            del words[:2]
        items.append(word)
    return items


def _side_size(side: str) -> Callable[[int], int]:
    sizes = [_stack_item_size(item) for item in _split_stack_items(side)]
    return lambda oparg: sum(size(oparg) for size in sizes)


def _define(name, opcode, stack, summary, argument=None, cache_entries=0, jump_pushes=0):
    inputs, outputs = stack.split("--")
    return Instruction(name, opcode, stack, summary, argument, cache_entries, jump_pushes,
                       _side_size(inputs), _side_size(outputs))


_DEFINITIONS = [
    # -- the simplest: nothing, or one value ----------------------------------
    _define("CACHE", 0, "--", "not an instruction: a cache slot of the one before"),
    _define("POP_TOP", 1, "value --", "discard the top of the stack"),
    _define("PUSH_NULL", 2, "-- null", "push NULL, the marker that a call has no 'self'"),
    _define("INTERPRETER_EXIT", 3, "retval --", "leave the interpreter (used by CPython's entry frames)"),
    _define("END_FOR", 4, "value1 value2 --", "clean up after a for loop: pop the iterator and last value"),
    _define("END_SEND", 5, "receiver value -- value", "drop the sub-iterator under a sent value"),
    _define("NOP", 9, "--", "do nothing (keeps a line number alive)"),
    _define("UNARY_NEGATIVE", 11, "value -- res", "-value"),
    _define("UNARY_NOT", 12, "value -- res", "not value"),
    _define("UNARY_INVERT", 15, "value -- res", "~value"),
    _define("RESERVED", 17, "--", "never emitted; reserved by CPython"),
    # -- subscripts and slices ----------------------------------------------------
    _define("BINARY_SUBSCR", 25, "container sub -- res", "container[sub]", cache_entries=1),
    _define("BINARY_SLICE", 26, "container start stop -- res", "container[start:stop]"),
    _define("STORE_SLICE", 27, "v container start stop --", "container[start:stop] = v"),
    # -- pattern matching -----------------------------------------------------------
    _define("GET_LEN", 30, "obj -- obj len", "push len(obj), keeping obj"),
    _define("MATCH_MAPPING", 31, "subject -- subject res", "is the subject a mapping? (for case {...})"),
    _define("MATCH_SEQUENCE", 32, "subject -- subject res", "is the subject a sequence? (for case [...])"),
    _define("MATCH_KEYS", 33, "subject keys -- subject keys values_or_none",
            "look the keys up in the subject mapping: a tuple of values, or None"),
    # -- exceptions -------------------------------------------------------------------
    _define("PUSH_EXC_INFO", 35, "new_exc -- prev_exc new_exc",
            "entering an except block: save the exception being handled before"),
    _define("CHECK_EXC_MATCH", 36, "left right -- left b", "does the exception match the except clause?"),
    _define("CHECK_EG_MATCH", 37, "exc_value match_type -- rest match",
            "split an exception group for except*"),
    _define("WITH_EXCEPT_START", 49, "exit_func lasti unused val -- exit_func lasti unused val res",
            "call __exit__ with the exception that left the with block"),
    # -- async iteration and with -----------------------------------------------------
    _define("GET_AITER", 50, "obj -- iter", "aiter(obj)"),
    _define("GET_ANEXT", 51, "aiter -- aiter awaitable", "an awaitable for anext(aiter)"),
    _define("BEFORE_ASYNC_WITH", 52, "mgr -- exit res", "async with: look up __aexit__, call __aenter__"),
    _define("BEFORE_WITH", 53, "mgr -- exit res", "with: look up __exit__, call __enter__"),
    _define("END_ASYNC_FOR", 54, "awaitable exc --", "end an async for loop on StopAsyncIteration"),
    _define("CLEANUP_THROW", 55, "sub_iter last_sent_val exc_value -- none value",
            "after a throw() into yield from: turn StopIteration into its value"),
    _define("STORE_SUBSCR", 60, "v container sub --", "container[sub] = v", cache_entries=1),
    _define("DELETE_SUBSCR", 61, "container sub --", "del container[sub]"),
    # -- iteration ----------------------------------------------------------------------
    _define("GET_ITER", 68, "iterable -- iter", "iter(iterable)"),
    _define("GET_YIELD_FROM_ITER", 69, "iterable -- iter", "the iterator for yield from"),
    _define("LOAD_BUILD_CLASS", 71, "-- bc", "push builtins.__build_class__"),
    _define("LOAD_ASSERTION_ERROR", 74, "-- value", "push AssertionError (for assert)"),
    _define("RETURN_GENERATOR", 75, "--", "create the generator object for this frame and return it"),
    _define("RETURN_VALUE", 83, "retval --", "return the top of the stack to the caller"),
    _define("SETUP_ANNOTATIONS", 85, "--", "create __annotations__ in the namespace"),
    _define("LOAD_LOCALS", 87, "-- locals", "push the locals mapping"),
    _define("POP_EXCEPT", 89, "exc_value --", "leaving an except block: restore the previous exception"),
    # -- from here on, instructions take an argument --------------------------------------
    _define("STORE_NAME", 90, "v --", "name = v, in the local namespace", "name"),
    _define("DELETE_NAME", 91, "--", "del name, in the local namespace", "name"),
    _define("UNPACK_SEQUENCE", 92, "seq -- unused[oparg]", "a, b = seq: push the items, last first",
            "count", cache_entries=1),
    _define("FOR_ITER", 93, "iter -- iter next", "push next(iter), or jump past the loop when done",
            "jump_forward", cache_entries=1),
    _define("UNPACK_EX", 94, "seq -- unused[(oparg & 0xFF) + (oparg >> 8) + 1]",
            "a, *b, c = seq (oparg: count before | count after << 8)", "count"),
    _define("STORE_ATTR", 95, "v owner --", "owner.name = v", "name", cache_entries=4),
    _define("DELETE_ATTR", 96, "owner --", "del owner.name", "name"),
    _define("STORE_GLOBAL", 97, "v --", "global name = v", "name"),
    _define("DELETE_GLOBAL", 98, "--", "del global name", "name"),
    _define("SWAP", 99, "bottom unused[oparg-2] top -- top unused[oparg-2] bottom",
            "swap the top of the stack with the value oparg deep", "count"),
    _define("LOAD_CONST", 100, "-- value", "push a constant", "const"),
    _define("LOAD_NAME", 101, "-- v", "push name: locals, then globals, then builtins", "name"),
    _define("BUILD_TUPLE", 102, "values[oparg] -- tup", "make a tuple of oparg values", "count"),
    _define("BUILD_LIST", 103, "values[oparg] -- list", "make a list of oparg values", "count"),
    _define("BUILD_SET", 104, "values[oparg] -- set", "make a set of oparg values", "count"),
    _define("BUILD_MAP", 105, "values[oparg*2] -- map", "make a dict of oparg key, value pairs", "count"),
    _define("LOAD_ATTR", 106, "owner -- res2 if (oparg & 1) res",
            "owner.name (as a method and self when the low bit is set)", "attr_name", cache_entries=9),
    _define("COMPARE_OP", 107, "left right -- res", "left < right, ==, ...", "compare", cache_entries=1),
    _define("IMPORT_NAME", 108, "level fromlist -- res", "import a module", "name"),
    _define("IMPORT_FROM", 109, "from -- from res", "from module import name", "name"),
    _define("JUMP_FORWARD", 110, "--", "jump forward", "jump_forward"),
    _define("POP_JUMP_IF_FALSE", 114, "cond --", "pop; jump if false", "jump_forward"),
    _define("POP_JUMP_IF_TRUE", 115, "cond --", "pop; jump if true", "jump_forward"),
    _define("LOAD_GLOBAL", 116, "-- null if (oparg & 1) v",
            "push a global or builtin (and NULL first when the low bit is set)", "global_name",
            cache_entries=4),
    _define("IS_OP", 117, "left right -- b", "left is right (is not when oparg is 1)", "invert"),
    _define("CONTAINS_OP", 118, "left right -- b", "left in right (not in when oparg is 1)", "invert"),
    _define("RERAISE", 119, "values[oparg] exc -- values[oparg]", "raise the exception again", "reraise"),
    _define("COPY", 120, "bottom unused[oparg-1] -- bottom unused[oparg-1] top",
            "push a copy of the value oparg deep", "count"),
    _define("RETURN_CONST", 121, "--", "return a constant", "const"),
    _define("BINARY_OP", 122, "lhs rhs -- res", "lhs + rhs, and every other binary operator",
            "binary_op", cache_entries=1),
    _define("SEND", 123, "receiver v -- receiver retval",
            "send a value into a sub-generator; jump when it is finished", "jump_forward",
            cache_entries=1),
    _define("LOAD_FAST", 124, "-- value", "push a local variable", "local"),
    _define("STORE_FAST", 125, "value --", "store into a local variable", "local"),
    _define("DELETE_FAST", 126, "--", "del a local variable", "local"),
    _define("LOAD_FAST_CHECK", 127, "-- value",
            "push a local variable that may be unbound (UnboundLocalError)", "local"),
    _define("POP_JUMP_IF_NOT_NONE", 128, "value --", "pop; jump if not None", "jump_forward"),
    _define("POP_JUMP_IF_NONE", 129, "value --", "pop; jump if None", "jump_forward"),
    _define("RAISE_VARARGS", 130, "args[oparg] --", "raise, raise exc, raise exc from cause", "raise"),
    _define("GET_AWAITABLE", 131, "iterable -- iter", "the iterator behind await", "await"),
    _define("MAKE_FUNCTION", 132,
            "defaults if (oparg & 0x01) kwdefaults if (oparg & 0x02) "
            "annotations if (oparg & 0x04) closure if (oparg & 0x08) codeobj -- func",
            "make a function from a code object", "function_flags"),
    _define("BUILD_SLICE", 133, "start stop step if (oparg == 3) -- slice", "slice(start, stop[, step])",
            "slice"),
    _define("JUMP_BACKWARD_NO_INTERRUPT", 134, "--", "jump backward without checking for signals",
            "jump_backward"),
    _define("MAKE_CELL", 135, "--", "put a local variable in a new cell", "cell"),
    _define("LOAD_CLOSURE", 136, "-- value", "push a cell (to build a closure)", "cell"),
    _define("LOAD_DEREF", 137, "-- value", "push the value in a cell", "cell"),
    _define("STORE_DEREF", 138, "v --", "store into a cell", "cell"),
    _define("DELETE_DEREF", 139, "--", "empty a cell", "cell"),
    _define("JUMP_BACKWARD", 140, "--", "jump backward (to the top of a loop)", "jump_backward"),
    _define("LOAD_SUPER_ATTR", 141, "global_super class self -- res2 if (oparg & 1) res",
            "super().name", "super_name", cache_entries=1),
    _define("CALL_FUNCTION_EX", 142, "unused func callargs kwargs if (oparg & 1) -- result",
            "f(*args, **kwargs)", "call_ex_flags"),
    _define("LOAD_FAST_AND_CLEAR", 143, "-- value",
            "push a local (or NULL) and unbind it: saves a variable around an inlined comprehension",
            "local"),
    _define("EXTENDED_ARG", 144, "--", "prefix: the next argument is bigger than 255",
            "extended_arg"),
    _define("LIST_APPEND", 145, "list unused[oparg-1] v -- list unused[oparg-1]",
            "append to the list oparg deep (comprehensions)", "count"),
    _define("SET_ADD", 146, "set unused[oparg-1] v -- set unused[oparg-1]",
            "add to the set oparg deep (comprehensions)", "count"),
    _define("MAP_ADD", 147, "key value --", "store into the dict oparg deep (comprehensions)", "count"),
    _define("COPY_FREE_VARS", 149, "--", "copy the closure's cells into the frame", "count"),
    _define("YIELD_VALUE", 150, "retval -- unused", "yield a value from a generator", "yield"),
    _define("RESUME", 151, "--", "a no-op marking where a frame starts or resumes", "resume"),
    _define("MATCH_CLASS", 152, "subject type names -- attrs",
            "case Cls(...): match the class and pull out the attributes", "count"),
    _define("FORMAT_VALUE", 155, "value fmt_spec if ((oparg & 0x04) == 0x04) -- result",
            "format a value for an f-string", "format"),
    _define("BUILD_CONST_KEY_MAP", 156, "values[oparg] keys -- map",
            "make a dict from values and a constant tuple of keys", "count"),
    _define("BUILD_STRING", 157, "pieces[oparg] -- str", "join oparg strings (f-strings)", "count"),
    _define("LIST_EXTEND", 162, "list unused[oparg-1] iterable -- list unused[oparg-1]",
            "extend the list oparg deep", "count"),
    _define("SET_UPDATE", 163, "set unused[oparg-1] iterable -- set unused[oparg-1]",
            "update the set oparg deep", "count"),
    _define("DICT_MERGE", 164, "update --", "merge into the dict oparg deep, refusing duplicate keys (f(**a, **b))",
            "count"),
    _define("DICT_UPDATE", 165, "update --", "update the dict oparg deep ({**a, **b})", "count"),
    _define("CALL", 171, "method callable args[oparg] -- res",
            "call with oparg arguments", "count", cache_entries=3),
    _define("KW_NAMES", 172, "--", "name the keyword arguments of the next CALL", "const"),
    _define("CALL_INTRINSIC_1", 173, "value -- res", "call a one-argument helper", "intrinsic_1"),
    _define("CALL_INTRINSIC_2", 174, "value2 value1 -- res", "call a two-argument helper",
            "intrinsic_2"),
    _define("LOAD_FROM_DICT_OR_GLOBALS", 175, "mod_or_class_dict -- v",
            "name from the mapping, else globals, else builtins", "name"),
    _define("LOAD_FROM_DICT_OR_DEREF", 176, "class_dict -- value",
            "name from the class namespace, else from its cell", "cell"),
    # -- pseudo-instructions: inside the compiler only --------------------------------------
    _define("SETUP_FINALLY", 256, "--", "a try block starts here (becomes an exception-table entry)",
            "handler", jump_pushes=1),
    _define("SETUP_CLEANUP", 257, "--", "a cleanup handler starts here", "handler", jump_pushes=2),
    _define("SETUP_WITH", 258, "--", "a with block starts here", "handler", jump_pushes=1),
    _define("POP_BLOCK", 259, "--", "the innermost try/with block ends here"),
    _define("JUMP", 260, "--", "jump (becomes JUMP_FORWARD or JUMP_BACKWARD)", "jump"),
    _define("JUMP_NO_INTERRUPT", 261, "--",
            "jump (becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT)", "jump"),
    _define("LOAD_METHOD", 262, "owner -- res2 res", "owner.name as a method (becomes LOAD_ATTR)",
            "name"),
    _define("LOAD_SUPER_METHOD", 263, "global_super class self -- res2 res",
            "super(...).name as a method (becomes LOAD_SUPER_ATTR)", "name"),
    _define("LOAD_ZERO_SUPER_METHOD", 264, "global_super class self -- res2 res",
            "super().name as a method (becomes LOAD_SUPER_ATTR)", "name"),
    _define("LOAD_ZERO_SUPER_ATTR", 265, "global_super class self -- res2 res",
            "super().name (becomes LOAD_SUPER_ATTR; CPython counts it as pushing two)", "name"),
    _define("STORE_FAST_MAYBE_NULL", 266, "value --",
            "store into a local, possibly NULL (becomes STORE_FAST)", "local"),
]

BY_NAME: dict[str, Instruction] = {definition.name: definition for definition in _DEFINITIONS}
BY_OPCODE: dict[int, Instruction] = {definition.opcode: definition for definition in _DEFINITIONS}

# Pseudo-instruction -> the real instructions the assembler may turn it into.
PSEUDO_TARGETS = {
    "SETUP_FINALLY": ("NOP",), "SETUP_CLEANUP": ("NOP",), "SETUP_WITH": ("NOP",),
    "POP_BLOCK": ("NOP",), "JUMP": ("JUMP_FORWARD", "JUMP_BACKWARD"),
    "JUMP_NO_INTERRUPT": ("JUMP_FORWARD", "JUMP_BACKWARD_NO_INTERRUPT"),
    "LOAD_METHOD": ("LOAD_ATTR",), "LOAD_SUPER_METHOD": ("LOAD_SUPER_ATTR",),
    "LOAD_ZERO_SUPER_METHOD": ("LOAD_SUPER_ATTR",), "LOAD_ZERO_SUPER_ATTR": ("LOAD_SUPER_ATTR",),
    "STORE_FAST_MAYBE_NULL": ("STORE_FAST",),
}


def opcode_table(field: str) -> list:
    """A list indexed by opcode (0..255) of one field of each real instruction.

    For the VM's dispatch and the decoder: e.g. ``opcode_table("cache_entries")``.
    Unused opcode numbers hold ``None``.
    """
    table = [None] * MIN_PSEUDO_OPCODE
    for definition in _DEFINITIONS:
        if not definition.is_pseudo:
            table[definition.opcode] = getattr(definition, field)
    return table
