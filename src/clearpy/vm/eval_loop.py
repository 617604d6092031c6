"""The eval loop: run a frame's instructions, and unwind when one raises.

Each instruction of a code object has a *handler*: a small function, made
once per instruction when the code object is decoded (see ``handlers``),
that takes the frame and its registers, does the instruction's work and
returns the index of the next instruction to run::

    pc = ops[pc](frame, R)

That line is the whole interpreter loop. A handler returns a negative number
to leave the loop: the frame has returned or yielded, and ``frame.pc`` is
the RETURN or YIELD instruction it stopped at.

When a handler raises, ``unwind`` does what CPython's ``exception_unwind``
does: it looks the instruction up in the exception table. If a handler
covers it, the value stack is cut back to the depth the table gives, the
exception is pushed and the loop jumps there. If not, the frame is finished
and the exception travels on to the caller.
"""

import types

from clearpy.vm.errors import InternalError, internal_error_from
from clearpy.vm.fused_positions import instruction_that_raised
from clearpy.vm.null import NULL
from clearpy.vm.tracebacks import add_entry, strip_internal_entries

def execute(frame):
    """Run ``frame`` from ``frame.pc`` until it returns or yields; give back the value."""
    R = frame.R
    ops = frame.code.fast_ops or frame.code.ops()
    pc = frame.pc
    while True:
        try:
            while pc >= 0:
                pc = ops[pc](frame, R)
            if frame.carrier is not None and frame.generator is None:
                # The frame has finished: a traceback may keep it alive through
                # its carrier, but it must not keep the carrier alive itself.
                frame.carrier = None
            return frame.result
        except BaseException as error:
            pc = unwind(frame, instruction_that_raised(pc, error), error)


def execute_throw(frame, error: BaseException):
    """Resume ``frame`` by raising ``error`` where it stands (generator ``throw()``)."""
    observer = frame.ts.interpreter.observer
    if observer is not None:
        # No instruction runs to raise it, so a tracer would not see it otherwise
        # (clearpy.tracing.observer; CPython's PY_THROW event).
        observer.thrown(frame, error)
    pc = unwind(frame, frame.pc, error, thrown=True)
    frame.pc = pc
    return execute(frame)


def unwind(frame, pc: int, error: BaseException, thrown: bool = False) -> int:
    """Handle ``error`` raised by instruction ``pc`` of ``frame``.

    Returns the index of the exception handler to continue at, or raises
    ``error`` again if no handler covers the instruction.
    """
    if isinstance(error, InternalError):
        note_program_position(error, frame, pc)
        raise error
    try:
        code = frame.code
        index = pc if pc >= 0 else frame.pc
        position = index   # where the frame will say it is (f_lineno)
        ts = frame.ts
        reraised = frame.reraising
        if reraised:
            # RERAISE: the exception carries on as it was; no new entry. The
            # handler is looked up for the RERAISE itself, but the frame's
            # position goes back to where the exception first came from.
            frame.reraising = False
            error.__traceback__ = strip_internal_entries(error.__traceback__)
            if frame.reraise_index is not None:
                position = frame.reraise_index
                frame.reraise_index = None
        else:
            error.__traceback__ = head = strip_internal_entries(error.__traceback__)
            if ts.propagating == (id(error), id(head)):
                ts.propagating = None     # it comes from a frame we called
            elif not thrown:
                chain_context(ts, error)  # a new exception, raised here
            add_entry(error, frame, index)
    except BaseException as bug:
        raise internal_error_from(bug, "while unwinding an exception") from bug
    observer = ts.interpreter.observer
    if observer is not None and observer.sys_trace is not None:
        # sys.settrace's 'exception' and 'return' events (clearpy.tracing.sys_trace);
        # a trace function that raises replaces the exception.
        error = observer.sys_trace.unwinding(frame, index, position, error, reraised)
    try:
        handler = code.handlers[index]
        if handler is None:
            frame.pc = position
            frame.result = None
            frame.carrier = None   # the traceback holds it now (see execute())
            R = frame.R
            for register in range(code.stack_base, len(R)):
                R[register] = NULL   # the value stack is emptied, as CPython does
            # Only identities: the note must not keep the exception alive.
            ts.propagating = (id(error), id(error.__traceback__))
            propagate = True
        else:
            propagate = False
            target, depth, push_lasti = handler
            R = frame.R
            top = code.stack_base + depth
            for register in range(top, len(R)):
                R[register] = NULL
            if push_lasti:
                # The frame's position, as CPython pushes its f_lasti: after a
                # RERAISE that restored one, that one (not the RERAISE's).
                R[top] = code.sites[position].offset // 2
                top += 1
            R[top] = error
    except BaseException as bug:
        raise internal_error_from(bug, "while unwinding an exception") from bug
    if propagate:
        raise error
    return target


def chain_context(ts, error: BaseException) -> None:
    """Set ``error.__context__`` to the exception being handled, as CPython does
    for every newly raised exception (without making a cycle)."""
    handled = ts.handled_exception()
    if handled is None or handled is error:
        return
    # Break a cycle that would otherwise go through error (Floyd's algorithm,
    # as in CPython's _PyErr_SetObject).
    current = handled
    slow = handled
    move_slow = False
    while True:
        context = current.__context__
        if context is None:
            break
        if context is error:
            current.__context__ = None
            break
        current = context
        if current is slow:
            break
        if move_slow:
            slow = slow.__context__
        move_slow = not move_slow
    error.__context__ = handled


def note_program_position(error: InternalError, frame, pc: int) -> None:
    """Add the interpreted frame to an internal error's picture of the program stack."""
    code = frame.code
    index = pc if 0 <= pc < len(code.sites) else frame.pc
    line = code.line_of(index) if index >= 0 else None
    error.program_stack.insert(
        0, f'  File "{code.co.co_filename}", line {line}, in {code.co.co_name}')
