"""Fusing instructions: the fast path's one trick (see docs/vm-speed.md).

The plain way to run a code object is one handler call per instruction
(``pc = ops[pc](frame, R)`` in the eval loop). That is easy to follow, and it
is what every code object starts with. But a call of a Python function costs
far more than what most instructions do (``LOAD_FAST`` is one list copy), so
for code that runs often clearpy *fuses* the instructions of each basic block
into one function, written as Python source and compiled by the host::

    LOAD_FAST 0 (a)          def block_4(frame, R):
    LOAD_FAST 1 (b)              R[3] = R[0]                  # LOAD_FAST a
    BINARY_OP 0 (+)     ==>      R[4] = R[1]                  # LOAD_FAST b
    STORE_FAST 2 (c)             R[3] = R[3] + R[4]; R[4] = NULL   # BINARY_OP +
    ...                          R[2] = R[3]; R[3] = NULL     # STORE_FAST c
                                 ...

Each line does exactly what the instruction's handler does, on the same
registers, so the frame is in the same state after every instruction
whichever way it runs. Instructions without a template here are run by
calling their plain handler from the block. A conditional jump leaves the
block only when it is taken; a block whose last instruction jumps back to
its own start becomes a ``while True`` loop, so a simple loop runs without
coming back to the eval loop at all.

The block functions go into the code object's list of fast handlers, at the
index of the block's first instruction; every other index keeps its plain
handler, so execution can still enter anywhere. The list is changed in place,
so a loop already running picks the blocks up at its next jump.

Three details keep the rest of the VM unaware of fusion:

- *When*: compiling Python source is slow, so only code that has run a while
  is fused: the plain RESUME and JUMP_BACKWARD handlers count down the code
  object's ``warmth`` and call ``fuse_hot_code`` when it reaches zero.
- *Where an exception came from*: a block runs several instructions, but the
  eval loop only knows which block it called. The generated source has each
  instruction on lines of its own, and a table from line number to
  instruction index; the traceback of the exception says which line of the
  block was running (see ``fused_positions``).
- *Where a running frame is*: likewise, the host frame of a running block
  knows its line (``f_lineno``, see ``fused_positions``).

A tracer must see every instruction, so instrumented code (see
``clearpy.tracing``) never runs fused blocks.
"""

import keyword
import operator
import os
import types

from clearpy.vm import code as code_module
from clearpy.vm.calls import call, call_function
from clearpy.vm.errors import internal_error_from
from clearpy.vm.fused_positions import LINES_KEY
from clearpy.vm.function import Function
from clearpy.vm.handlers.attributes import SPECIAL_ATTRIBUTES
from clearpy.vm.handlers.operators import BINARY_OPERATORS, COMPARISONS
from clearpy.vm.handlers.variables import global_or_null, load_builtin, unbound_error
from clearpy.vm.null import NULL

# How many function entries and backward jumps before a code object is fused.
# CLEARPY_WARM_UP=1 in the environment fuses every code object as soon as it
# starts: the tests use it to run whole programs fused.
WARM_UP = max(1, int(os.environ.get("CLEARPY_WARM_UP") or 100))

def fuse(code, plain: list) -> list:
    """The list of handlers the eval loop runs: at first a copy of the plain
    one, which ``fuse_hot_code`` fills with blocks when the code gets hot."""
    code.warmth = WARM_UP
    return list(plain)


def fuse_hot_code(code) -> None:
    """Called when ``code`` has warmed up: put its fused blocks in ``code.fast_ops``."""
    if code_module.instrument is not None or code.fast_ops is None:
        # Watched by a tracer: its handlers must stay one per instruction.
        code.warmth = WARM_UP
        return
    code.warmth = -1   # never again
    try:
        blocks = compile_blocks(code)
    except BaseException as bug:
        raise internal_error_from(bug, f"while fusing the instructions of {code!r}") from bug
    fast = code.fast_ops
    for start, block in blocks.items():
        fast[start] = block


def warming_op(code, going_to: int):
    """The op of an instruction that counts how often ``code`` runs (RESUME,
    JUMP_BACKWARD): each run brings the code one step nearer to being fused,
    then execution goes on at instruction ``going_to``."""
    def op(frame, R):
        code.warmth -= 1
        if code.warmth == 0:
            fuse_hot_code(code)
        return going_to
    return op


# -- finding the blocks ------------------------------------------------------------------

# Instructions after which execution never goes on to the next one.
_ENDS_BLOCK = {"JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "RETURN_VALUE",
               "RETURN_CONST", "RAISE_VARARGS", "RERAISE", "YIELD_VALUE", "RETURN_GENERATOR",
               "INTERPRETER_EXIT"}


def block_starts(code) -> list:
    """The indexes where a block must start: the first instruction, every jump
    target and exception handler, RETURN_GENERATOR, and the instruction after
    one that does not fall through (where a generator resumes after ``yield``,
    for one)."""
    sites = code.sites
    starts = {0}
    for site in sites:
        if site.target is not None:
            starts.add(site.target)
            if site.name == "FOR_ITER":
                starts.add(site.target + 1)   # where an exhausted loop goes
        if site.name in _ENDS_BLOCK:
            starts.add(site.index + 1)
        if site.name == "RETURN_GENERATOR":
            # Making a generator runs the instructions before this one alone
            # (vm/generators.py), so they must not be fused with it.
            starts.add(site.index)
    for handler in code.handlers:
        if handler is not None:
            starts.add(handler[0])
    return sorted(index for index in starts
                  if index < len(sites) and sites[index].depth is not None)


# -- writing the blocks ------------------------------------------------------------------

class BlockWriter:
    """Writes the Python source of every block of one code object."""

    def __init__(self, code):
        self.code = code
        self.lines = ["# fused blocks"]     # line 1 of the source
        self.line_index = [0, 0]            # line number -> instruction index (lines start at 1)
        self.namespace = {"NULL": NULL, "_next": next, "load_builtin": load_builtin,
                          "unbound_error": unbound_error, "code": code,
                          "Function": Function, "call": call, "call_function": call_function,
                          "MethodType": types.MethodType,
                          "BuiltinFunctionType": types.BuiltinFunctionType,
                          "global_or_null": global_or_null,
                          "__builtins__": __builtins__}

    def emit(self, index: int, text: str) -> None:
        for line in text.split("\n"):
            self.lines.append(line)
            self.line_index.append(index)

    def constant(self, index: int, value) -> str:
        """A name in the blocks' globals for ``value`` (literals for the simplest)."""
        if value is None or value is True or value is False:
            return repr(value)
        if type(value) is int and -1000 < value < 1000:
            return repr(value)
        name = f"k{index}"
        self.namespace[name] = value
        return name

    def write_block(self, start: int, end: int) -> None:
        self.block_uses_globals = False
        self.loop_start, self.loops = start, False
        body = self.block_body(start, end, 0)   # (index, statements at relative indentation)
        indent = "        " if self.loops else "    "
        self.emit(start, f"def block_{start}(frame, R):")
        if self.block_uses_globals:
            self.emit(start, "    g = frame.globals   # the same for the whole life of the frame")
        if self.loops:
            self.emit(start, "    while True:")
        for index, statements in body:
            self.emit(index, "\n".join(indent + line for line in statements.split("\n")))

    # A taken conditional jump to a short block further on runs that block's
    # statements in place, instead of returning to the eval loop to run them
    # (``if x: total += x`` in a loop then costs no trip through the loop).
    # The block is still written on its own too, for its other entries.
    INLINE_DEPTH = 2        # blocks inlined into inlined blocks, at most
    INLINE_LENGTH = 16      # instructions, at most

    def block_body(self, start: int, end: int, depth: int) -> list:
        """The statements of the instructions from ``start`` to the end of its block."""
        sites = self.code.sites
        body = []
        last = start
        for site in sites[start:end]:
            if site.depth is None:   # unreachable: the block ended before it
                end = site.index
                break
            last = site.index
            jump = self.conditional_jump(site)
            if jump is not None:
                prefix, test, target = jump
                body.append((site.index, prefix))
                inlined = self.inlined_block(site, target, depth)
                if inlined is None:
                    body.append((site.index, f"if {test}: return {target}"))
                else:
                    body.append((site.index, f"if {test}:"))
                    body.extend((index, "\n".join("    " + line for line in text.split("\n")))
                                for index, text in inlined)
                continue
            statements, falls_through = self.instruction(site)
            if (not falls_through and site.name.startswith("JUMP_BACKWARD")
                    and site.target == self.loop_start):
                statements, self.loops = "continue", True
            body.append((site.index, statements))
            if not falls_through:
                return body
        body.append((last, f"return {end}"))   # on into the next block
        return body

    def inlined_block(self, site, target: int, depth: int):
        """The body of the block at ``target`` to run in place of jumping there, or None."""
        end = self.block_ends.get(target)
        if (end is None or depth >= self.INLINE_DEPTH or target <= site.index
                or end - target > self.INLINE_LENGTH):
            return None
        return self.block_body(target, end, depth + 1)

    # -- one instruction ----------------------------------------------------------------

    def instruction(self, site):
        """The statements of one instruction, and whether it falls through to the next."""
        template = getattr(self, "i_" + site.name, None)
        if template is not None:
            return template(site)
        return self.plain(site), True

    def plain(self, site) -> str:
        """Call the instruction's plain handler; leave the block if it goes elsewhere."""
        name = f"op{site.index}"
        self.namespace[name] = self.code.plain_ops[site.index]
        return f"p = {name}(frame, R)\nif p != {site.next}: return p"

    def i_NOP(self, site):
        return "pass", True

    i_RESUME = i_NOP   # the plain RESUME counts warmth; fused code is hot already
    i_KW_NAMES = i_NOP   # the CALL after it reads the names when it is written

    def i_LOAD_FAST(self, site):
        return f"R[{site.stack(0)}] = R[{site.oparg}]", True

    def i_LOAD_FAST_CHECK(self, site):
        return (f"v = R[{site.oparg}]\n"
                f"if v is NULL: raise unbound_error(code, {site.oparg})\n"
                f"R[{site.stack(0)}] = v"), True

    def i_LOAD_FAST_AND_CLEAR(self, site):
        return f"R[{site.stack(0)}] = R[{site.oparg}]; R[{site.oparg}] = NULL", True

    def i_STORE_FAST(self, site):
        return f"R[{site.oparg}] = R[{site.stack(1)}]; R[{site.stack(1)}] = NULL", True

    def i_LOAD_CONST(self, site):
        value = self.constant(site.index, self.code.co.co_consts[site.oparg])
        return f"R[{site.stack(0)}] = {value}", True

    def i_POP_TOP(self, site):
        return f"R[{site.stack(1)}] = NULL", True

    def i_PUSH_NULL(self, site):
        return f"R[{site.stack(0)}] = NULL", True

    def i_COPY(self, site):
        return f"R[{site.stack(0)}] = R[{site.stack(site.oparg)}]", True

    def i_SWAP(self, site):
        deep, top = site.stack(site.oparg), site.stack(1)
        return f"R[{deep}], R[{top}] = R[{top}], R[{deep}]", True

    def i_END_FOR(self, site):
        return f"R[{site.stack(2)}] = R[{site.stack(1)}] = NULL", True

    def i_LOAD_GLOBAL(self, site):
        name = self.constant(site.index, self.code.co.co_names[site.oparg >> 1])
        if site.oparg & 1:
            top = site.stack(-1)
            first = f"R[{site.stack(0)}] = NULL\n"
        else:
            top = site.stack(0)
            first = ""
        self.block_uses_globals = True
        return (first + f"v = g.get({name}, NULL) if type(g) is dict else global_or_null(g, {name})\n"
                f"if v is NULL: v = load_builtin(frame.builtins, {name})\n"
                f"R[{top}] = v"), True

    def i_LOAD_DEREF(self, site):
        return (f"try: R[{site.stack(0)}] = R[{site.oparg}].cell_contents\n"
                f"except ValueError: raise unbound_error(code, {site.oparg}) from None"), True

    def i_STORE_DEREF(self, site):
        return (f"R[{site.oparg}].cell_contents = R[{site.stack(1)}]; "
                f"R[{site.stack(1)}] = NULL"), True

    def _two_operand(self, site, expression: str) -> str:
        left, right = site.stack(2), site.stack(1)
        expression = expression.format(left=f"R[{left}]", right=f"R[{right}]")
        return f"R[{left}] = {expression}; R[{right}] = NULL"

    def i_BINARY_OP(self, site):
        function = BINARY_OPERATORS[site.oparg]
        symbol = _BINARY_SYMBOLS.get(function)
        if symbol is not None:
            return self._two_operand(site, "{left} " + symbol + " {right}"), True
        name = f"f{site.index}"
        self.namespace[name] = function   # the in-place operators: operator.iadd...
        return self._two_operand(site, name + "({left}, {right})"), True

    def i_COMPARE_OP(self, site):
        symbol = _COMPARISON_SYMBOLS[COMPARISONS[site.oparg >> 4]]
        return self._two_operand(site, "{left} " + symbol + " {right}"), True

    def i_IS_OP(self, site):
        return self._two_operand(site, "{left} is not {right}" if site.oparg
                                 else "{left} is {right}"), True

    def i_CONTAINS_OP(self, site):
        return self._two_operand(site, "{left} not in {right}" if site.oparg
                                 else "{left} in {right}"), True

    def i_BINARY_SUBSCR(self, site):
        return self._two_operand(site, "{left}[{right}]"), True

    def i_STORE_SUBSCR(self, site):
        value, container, key = site.stack(3), site.stack(2), site.stack(1)
        return (f"R[{container}][R[{key}]] = R[{value}]\n"
                f"R[{value}] = R[{container}] = R[{key}] = NULL"), True

    def _unary(self, site, operator_text: str) -> str:
        top = site.stack(1)
        return f"R[{top}] = {operator_text}R[{top}]"

    def i_UNARY_NEGATIVE(self, site):
        return self._unary(site, "-"), True

    def i_UNARY_NOT(self, site):
        return self._unary(site, "not "), True

    def i_UNARY_INVERT(self, site):
        return self._unary(site, "~"), True

    def i_GET_ITER(self, site):
        top = site.stack(1)
        return f"R[{top}] = iter(R[{top}])", True

    def _attribute(self, site, name: str):
        """``.name`` written as attribute syntax, if it can be (the same lookup
        as ``getattr(obj, name)``); else None."""
        if (name in SPECIAL_ATTRIBUTES or not name.isascii() or not name.isidentifier()
                or keyword.iskeyword(name)):
            return None
        return "." + name

    def i_LOAD_ATTR(self, site):
        """As the LOAD_ATTR handler (vm/handlers/attributes.py). For a method
        (``obj.m(...)``), a bound method of an interpreted function is taken
        apart into the function and ``obj``, so that the CALL after it calls
        the function directly: what calling the bound method would do."""
        attribute = self._attribute(site, self.code.co.co_names[site.oparg >> 1])
        if attribute is None:
            return self.plain(site), True
        owner = site.stack(1)
        if not site.oparg & 1:
            return f"R[{owner}] = R[{owner}]{attribute}", True
        above = owner + 1
        return (f"v = R[{owner}]{attribute}\n"
                f"if type(v) is MethodType and type(v.__func__) is Function: "
                f"R[{owner}] = v.__func__; R[{above}] = v.__self__\n"
                f"else: R[{above}] = v; R[{owner}] = NULL"), True

    def i_STORE_ATTR(self, site):
        attribute = self._attribute(site, self.code.co.co_names[site.oparg])
        if attribute is None:
            return self.plain(site), True
        value, owner = site.stack(2), site.stack(1)
        return (f"R[{owner}]{attribute} = R[{value}]\n"
                f"R[{value}] = R[{owner}] = NULL"), True

    def _gather(self, site, opening: str, closing: str, empty: str) -> str:
        count = site.oparg
        first = site.stack(count)
        if count == 0:
            return f"R[{first}] = {empty}"
        items = "".join(f"R[{register}], " for register in range(first, first + count))
        text = f"R[{first}] = {opening}{items}{closing}"
        if count > 1:
            text += "\n" + " = ".join(f"R[{register}]"
                                      for register in range(first + 1, first + count)) + " = NULL"
        return text

    def i_BUILD_TUPLE(self, site):
        return self._gather(site, "(", ")", "()"), True

    def i_BUILD_LIST(self, site):
        return self._gather(site, "[", "]", "[]"), True

    def i_LIST_APPEND(self, site):
        value = site.stack(1)
        return f"R[{site.stack(site.oparg + 1)}].append(R[{value}]); R[{value}] = NULL", True

    def i_UNPACK_SEQUENCE(self, site):
        """A tuple or list of the right length is unpacked here; anything else
        by the plain handler (iterables, and the errors)."""
        count, first = site.oparg, site.stack(1)
        if count == 0:
            return self.plain(site), True
        targets = ", ".join(f"R[{register}]" for register in range(first + count - 1, first - 1, -1))
        name = f"op{site.index}"
        self.namespace[name] = self.code.plain_ops[site.index]
        return (f"v = R[{first}]\n"
                f"if (type(v) is tuple or type(v) is list) and len(v) == {count}: {targets}, = v\n"
                f"else: {name}(frame, R)"), True

    def i_CALL(self, site):
        """As the CALL handler (vm/handlers/calls.py) does."""
        count = site.oparg
        method, callable_ = site.stack(count + 2), site.stack(count + 1)
        end = callable_ + 1 + count
        previous = self.code.sites[site.index - 1] if site.index else None
        kwnames = "None"
        if previous is not None and previous.name == "KW_NAMES":
            kwnames = self.constant(site.index, self.code.co.co_consts[previous.oparg])
        clear = " = ".join(f"R[{register}]" for register in range(callable_, end))
        # A built-in function (len, isinstance...) without keywords is called
        # here, as call() would call it, without gathering its arguments in a list.
        arguments = "".join(f"R[{register}], " for register in range(callable_ + 1, end))
        builtin = (f"    if type(f) is BuiltinFunctionType: R[{method}] = f({arguments})\n    el"
                   if kwnames == "None" else "    ")
        return (f"f = R[{method}]\n"
                f"frame.pc = {site.index}\n"
                f"if f is NULL:\n"
                f"    f = R[{callable_}]\n"
                f"{builtin}if type(f) is Function: "
                f"R[{method}] = call_function(frame.ts, frame, f, R[{callable_ + 1}:{end}], {kwnames})\n"
                f"    else: R[{method}] = call(frame, f, R[{callable_ + 1}:{end}], {kwnames})\n"
                f"elif type(f) is Function: "
                f"R[{method}] = call_function(frame.ts, frame, f, R[{callable_}:{end}], {kwnames})\n"
                f"else: R[{method}] = call(frame, f, R[{callable_}:{end}], {kwnames})\n"
                f"{clear} = NULL"), True

    # -- jumps: a taken conditional jump leaves the block ----------------------------------

    _JUMP_TESTS = {"POP_JUMP_IF_FALSE": "not v", "POP_JUMP_IF_TRUE": "v",
                   "POP_JUMP_IF_NONE": "v is None", "POP_JUMP_IF_NOT_NONE": "v is not None"}

    def conditional_jump(self, site):
        """For POP_JUMP_IF_*: the statements before the test (pop the value),
        the test, and the target; None for other instructions."""
        test = self._JUMP_TESTS.get(site.name)
        if test is None:
            return None
        top = site.stack(1)
        return f"v = R[{top}]; R[{top}] = NULL", test, site.target

    def i_JUMP_FORWARD(self, site):
        return f"return {site.target}", False

    i_JUMP_BACKWARD = i_JUMP_BACKWARD_NO_INTERRUPT = i_JUMP_FORWARD

    def i_FOR_ITER(self, site):
        iterator, top = site.stack(1), site.stack(0)
        return (f"v = _next(R[{iterator}], NULL)\n"
                f"if v is NULL: R[{iterator}] = NULL; return {site.target + 1}\n"
                f"R[{top}] = v"), True

    def i_RETURN_VALUE(self, site):
        return f"frame.result = R[{site.stack(1)}]; frame.pc = {site.index}; return -1", False

    def i_RETURN_CONST(self, site):
        value = self.constant(site.index, self.code.co.co_consts[site.oparg])
        return f"frame.result = {value}; frame.pc = {site.index}; return -1", False


# Operators written as themselves: ``a + b`` in the block is ``operator.add(a, b)``
# (both are CPython's PyNumber_Add). The in-place ones stay calls of ``operator``'s
# functions, which an augmented assignment to a register could not express.
_BINARY_SYMBOLS = {
    operator.add: "+", operator.sub: "-", operator.mul: "*", operator.truediv: "/",
    operator.floordiv: "//", operator.mod: "%", operator.pow: "**", operator.lshift: "<<",
    operator.rshift: ">>", operator.and_: "&", operator.or_: "|", operator.xor: "^",
    operator.matmul: "@",
}
_COMPARISON_SYMBOLS = {operator.lt: "<", operator.le: "<=", operator.eq: "==",
                       operator.ne: "!=", operator.gt: ">", operator.ge: ">="}


def write_blocks(code):
    """The ``BlockWriter`` holding the source of every block of ``code``."""
    if code.plain_ops is None:
        code.ops()
    starts = block_starts(code)
    writer = BlockWriter(code)
    writer.starts = starts
    writer.block_ends = dict(zip(starts, starts[1:] + [len(code.sites)]))
    for start, end in zip(starts, starts[1:] + [len(code.sites)]):
        writer.write_block(start, end)
    return writer


def source_of_blocks(code) -> str:
    """The Python source clearpy writes for the fused blocks of ``code`` (to read)."""
    return "\n".join(write_blocks(code).lines[1:]) + "\n"


def compile_blocks(code) -> dict:
    """The fused block functions of ``code``, by the index of their first instruction."""
    writer = write_blocks(code)
    namespace = writer.namespace
    namespace[LINES_KEY] = writer.line_index
    source = "\n".join(writer.lines) + "\n"
    co = code.co
    filename = f"<clearpy fused blocks of {co.co_qualname} ({co.co_filename}:{co.co_firstlineno})>"
    exec(compile(source, filename, "exec"), namespace)
    return {start: namespace[f"block_{start}"] for start in writer.starts}
