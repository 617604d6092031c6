"""Setting ``frame.f_lineno``: a debugger's jump (pdb's ``jump`` command).

A trace function may set ``frame.f_lineno`` during a ``'line'`` event to make
the frame go on at another line: skip a line, or run one again. Most jumps
are safe, because at the start of most lines the value stack is empty. But
some places keep values on the stack across lines: a ``for`` loop keeps its
iterator there, an ``except`` block the exception it handles. A jump *into*
such a place would find the value missing, so it is refused; a jump *out* of
it is fine: the values are popped.

To know which values each instruction expects, CPython 3.12
(Objects/frameobject.c, ``mark_stacks``) runs through the bytecode once,
following jumps and exception handlers, noting for each instruction the
*kinds* of the values on the stack below it: an iterator, an exception, a
NULL, a saved position (``lasti``) or any other object. clearpy does the
same, per instruction (``stack_kinds``), and a jump is allowed when the
stack at the target is the stack here, less some values on top
(``compatible``).

The stacks are encoded as CPython encodes them, 3 bits per value in one
integer, bottom first; which target is chosen when a line has several
instructions depends on that order (the largest stack wins).
"""

import dis

from clearpy.bytecode.exception_table import decode_exception_table
from clearpy.vm.null import NULL

ITERATOR, EXCEPT, OBJECT, NULL_KIND, LASTI = 1, 2, 3, 4, 5
_BITS = 3
_MASK = (1 << _BITS) - 1
UNINITIALIZED, OVERFLOWED = -2, -1
EMPTY = 0
_MAX_ENTRIES = 63 // _BITS
_WILL_OVERFLOW = 1 << ((_MAX_ENTRIES - 1) * _BITS)

# The trace events a jump may be made from, and what CPython says otherwise.
_ALLOWED = {"line", "jump", "resume", "yield"}
_REFUSED = {
    "start": "can't jump from the 'call' trace event of a new frame",
    "c_call": "can't jump during a call",
    "c_return": "can't jump during a call",
}


def push(stack: int, kind: int) -> int:
    if stack >= _WILL_OVERFLOW:
        return OVERFLOWED
    return (stack << _BITS) | kind


def pop(stack: int) -> int:
    return stack >> _BITS


def top(stack: int) -> int:
    return stack & _MASK


def peek(stack: int, n: int) -> int:
    return (stack >> (_BITS * (n - 1))) & _MASK


def swap(stack: int, n: int) -> int:
    lower, upper = peek(stack, n), top(stack)
    shift = _BITS * (n - 1)
    replaced = (stack & ~(_MASK << shift)) | (upper << shift)
    return (replaced & ~_MASK) | lower


def pop_to_level(stack: int, level: int) -> int:
    if level == 0:
        return EMPTY
    level_max = _MASK << ((level - 1) * _BITS)
    while stack > level_max:
        stack = pop(stack)
    return stack


def stack_kinds(code) -> list:
    """For each instruction of ``code`` (a VMCode), the kinds of the values on
    the stack before it runs, encoded (UNINITIALIZED if nothing reaches it)."""
    sites = code.sites
    stacks = [UNINITIALIZED] * (len(sites) + 1)
    stacks[0] = EMPTY
    handlers = [(code.index_of_offset.get(entry.start), code.index_of_offset.get(entry.target),
                 entry.depth, entry.lasti)
                for entry in decode_exception_table(code.co.co_exceptiontable)]
    todo = True
    while todo:
        todo = False
        for site in sites:
            stack = stacks[site.index]
            if stack == UNINITIALIZED:
                continue
            name, following, target = site.name, site.next, site.target
            if name.startswith("POP_JUMP_IF"):
                stack = pop(stack)
                stacks[target] = stacks[following] = stack
            elif name == "SEND":
                stacks[target] = stacks[following] = stack
            elif name == "JUMP_FORWARD":
                stacks[target] = stack
            elif name in ("JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"):
                if stacks[target] == UNINITIALIZED and target < site.index:
                    todo = True
                stacks[target] = stack
            elif name in ("GET_ITER", "GET_AITER"):
                stacks[following] = push(pop(stack), ITERATOR)
            elif name == "FOR_ITER":
                stacks[following] = stacks[target] = push(stack, OBJECT)
            elif name == "END_ASYNC_FOR":
                stacks[following] = pop(pop(stack))
            elif name == "PUSH_EXC_INFO":
                stacks[following] = push(stack, EXCEPT)
            elif name == "POP_EXCEPT":
                stacks[following] = pop(stack)
            elif name in ("RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE"):
                pass   # the end of a block: nothing follows
            elif name == "PUSH_NULL":
                stacks[following] = push(stack, NULL_KIND)
            elif name == "LOAD_GLOBAL":
                stack = push(stack, OBJECT)
                stacks[following] = push(stack, NULL_KIND) if site.oparg & 1 else stack
            elif name == "LOAD_ATTR":
                if site.oparg & 1:
                    stack = push(push(pop(stack), OBJECT), NULL_KIND)
                stacks[following] = stack
            elif name == "SWAP":
                stacks[following] = swap(stack, site.oparg)
            elif name == "COPY":
                stacks[following] = push(stack, peek(stack, site.oparg))
            else:
                delta = dis.stack_effect(site.opcode, site.oparg if site.opcode >= dis.HAVE_ARGUMENT
                                         else None)
                while delta < 0:
                    stack = pop(stack)
                    delta += 1
                while delta > 0:
                    stack = push(stack, OBJECT)
                    delta -= 1
                stacks[following] = stack
        for start, handler, depth, lasti in handlers:
            if start is None or handler is None:
                continue
            if stacks[start] != UNINITIALIZED and stacks[handler] == UNINITIALIZED:
                todo = True
                stack = pop_to_level(stacks[start], depth)
                if lasti:
                    stack = push(stack, LASTI)
                stacks[handler] = push(stack, EXCEPT)
    return stacks


def _compatible_kind(source: int, target: int) -> bool:
    if target == 0:
        return False
    if target == OBJECT:
        return source != NULL_KIND
    if target == NULL_KIND:
        return True
    return source == target


def compatible(source: int, target: int) -> bool:
    """Can a frame whose stack is ``source`` go on where ``target`` is expected
    (after popping what ``source`` has more)?"""
    if source < 0 or target < 0:
        return False
    while source > target:
        source = pop(source)
    while source:
        if not _compatible_kind(top(source), top(target)):
            return False
        source, target = pop(source), pop(target)
    return target == 0


def _why_incompatible(target: int) -> str:
    if target == OVERFLOWED:
        return "stack is too deep to analyze"
    if target == UNINITIALIZED:
        return "can't jump into an exception handler, or code may be unreachable"
    return {EXCEPT: "can't jump into an 'except' block as there's no exception",
            LASTI: "can't jump into a re-raising block as there's no location",
            ITERATOR: "can't jump into the body of a for loop"}.get(top(target),
                                                                  "incompatible stacks")


def line_starts(code) -> dict:
    """Instruction index -> line, for the instructions where a line starts
    in the line table (CPython's ``marklines``)."""
    starts = {}
    by_start = {site.start: site.index for site in code.sites}
    last = None
    for start, _end, line in code.co.co_lines():
        if line is not None and line != last:
            index = by_start.get(start)
            if index is not None:
                starts[index] = line
            last = line
    return starts


def jump_to_line(frame, line) -> None:
    """``frame.f_lineno = line`` from a trace function: check the jump as
    CPython 3.12 does, pop what the target does not expect, and leave the
    target in ``frame.jump_target`` for the tracing machinery to go to (or,
    from a yield's 'return' event, for the generator to resume at)."""
    if type(line) is not int:
        raise ValueError("lineno must be an integer")
    ts = frame.ts
    event = ts.trace_event if ts is not None and ts.tracing else None
    if event is None:
        raise ValueError("f_lineno can only be set in a trace function")
    if event not in _ALLOWED:
        raise ValueError(_REFUSED.get(event, "can only jump from a 'line' trace event"))
    if frame.local_trace is None:
        raise ValueError("f_lineno can only be set by a trace function")
    if not -(1 << 31) <= line < (1 << 31):
        raise ValueError("lineno out of range")
    code = frame.code
    if line < code.co.co_firstlineno:
        raise ValueError(f"line {line} comes before the current code block")
    starts = line_starts(code)
    candidates = [found for found in starts.values() if found >= line]
    if not candidates:
        raise ValueError(f"line {line} comes after the current code block")
    new_line = min(candidates)
    stacks = stack_kinds(code)
    here = frame.position()
    start_stack = stacks[here]
    best_stack, best_index = OVERFLOWED, -1
    message, failed = "cannot find bytecode for specified line", None
    for index in sorted(starts):
        if starts[index] != new_line:
            continue
        target_stack = stacks[index]
        if compatible(start_stack, target_stack):
            failed = False
            if target_stack > best_stack:
                best_stack, best_index = target_stack, index
        elif failed is None:
            if start_stack == OVERFLOWED:
                message = "stack to deep to analyze"
            elif start_stack == UNINITIALIZED:
                message = "can't jump from unreachable code"
            else:
                message = _why_incompatible(target_stack)
                failed = True
    if failed is not False:
        raise ValueError(message)
    _bind_unbound_locals(frame)
    depth = code.sites[here].depth
    if event == "yield":
        # The frame is suspended at its yield, which took the yielded value.
        start_stack, depth = pop(start_stack), depth - 1
    _pop_values(frame, depth, start_stack, best_stack)
    frame.jump_target = best_index


def _bind_unbound_locals(frame) -> None:
    """As CPython: a jump may skip the line that binds a variable the code
    after it reads, so every unbound local becomes None (with a warning)."""
    code, R = frame.code, frame.R
    unbound = [index for index in range(code.nlocalsplus) if R[index] is NULL]
    if not unbound:
        return
    plural = "" if len(unbound) == 1 else "s"
    frame.ts.interpreter.warn(RuntimeWarning,
                              f"assigning None to {len(unbound)} unbound local{plural}")
    for index in unbound:
        R[index] = None


def _pop_values(frame, depth: int, start_stack: int, best_stack: int) -> None:
    """Pop the values the jump's target does not expect; an exception being
    handled that is popped stops being handled (the one before comes back)."""
    R = frame.R
    register = frame.code.stack_base + depth
    while start_stack > best_stack:
        register -= 1
        if top(start_stack) == EXCEPT:
            frame.ts.exc_info.value = None if R[register] is NULL else R[register]
        R[register] = NULL
        start_stack = pop(start_stack)
