"""``sys.settrace`` and ``sys.setprofile`` for interpreted code.

Debuggers written in Python (``pdb``, built on ``bdb``) and coverage tools
do not need a tracer like clearpy's: they give Python a *trace function*,
and the interpreter calls it as the program runs::

    def trace(frame, event, arg):
        print(event, frame.f_code.co_name, frame.f_lineno)
        return trace              # the frame's *local* trace function

    sys.settrace(trace)

The rules, as CPython 3.12 follows them (Python/legacy_tracing.c builds
them on its ``sys.monitoring`` events, as this module builds them on
clearpy's observer):

- ``sys.settrace(f)`` sets the *global* trace function of the thread. Each
  frame that starts (or a generator that resumes) calls ``f(frame, 'call',
  None)``; what it returns becomes ``frame.f_trace``, the frame's *local*
  trace function (None: the frame is not traced further).
- A frame with ``f_trace`` set reports to it: ``'line'`` when a new line
  starts (and when a jump back lands on the same line, a loop on one line),
  ``'return'`` when it returns or yields (``arg`` is the value; None when an
  exception leaves the frame), ``'exception'`` when an instruction raises
  (``arg`` is ``(type, value, traceback)``), and ``'opcode'`` before each
  instruction if ``frame.f_trace_opcodes`` is true. ``f_trace_lines =
  False`` turns the line events off.
- What a local trace function returns replaces ``f_trace``, unless it is
  None. If a trace function raises, tracing is switched off for the thread
  and the exception goes on in the program, where the event happened.
- While a trace function runs, nothing is traced (it would trace itself).
- ``sys.setprofile(f)`` is simpler: every frame reports ``'call'`` and
  ``'return'`` to ``f``, whatever it returns, and calls of built-in
  functions report ``'c_call'``, ``'c_return'`` and ``'c_exception'``.

How it costs nothing when nobody traces: ``sys.settrace`` makes the VM
*instrumented* (see ``instrumentation.py``): every handler is replaced, in
place, by an observed one that goes through the interpreter's observer, and
the observer hands each instruction to ``SysTrace.run`` below. When the last
trace and profile functions are removed, the original handlers come back.
A program that never calls ``sys.settrace`` never runs any of this.
"""

import threading
import types

from clearpy.tracing.lines import first_traceable, line_starts
from clearpy.tracing.observer import observer_of, remove_observer
from clearpy.tracing.tracer import raises_stop_iteration
from clearpy.vm.builtins_module import BuiltinFunction
from clearpy.vm.errors import InternalError
from clearpy.vm.frame import Frame
from clearpy.vm.generators import Coroutine, Generator
from clearpy.vm.null import NULL
from clearpy.vm.tracebacks import strip_internal_entries

# Jumps that report a 'line' event when they go back to their own line.
_JUMPS = frozenset({"JUMP_BACKWARD", "JUMP_FORWARD"})
_ITERATING = frozenset({"FOR_ITER", "SEND"})
_GENERATORS = (Generator, Coroutine)


class CodeLines:
    """What the events need to know about one code object, worked out once."""

    __slots__ = ("first", "starts", "lines", "names")

    def __init__(self, code):
        self.first = first_traceable(code)     # nothing before the first RESUME is traced
        self.starts = line_starts(code)        # which instructions may start a line
        self.lines = code.lines
        self.names = [site.name for site in code.sites]


class SysTrace:
    """Calls the trace and profile functions of an interpreter's threads."""

    def __init__(self, interpreter):
        self.interpreter = interpreter
        self._codes = {}     # VMCode -> CodeLines
        # CPython 3.12.1 reports 'opcode' events only if some frame had set
        # f_trace_opcodes before the last sys.settrace() call.
        self.opcodes = False
        # When nobody traces any more: how many instructions before the
        # observing stops (None while someone traces; see _update).
        self.retire_countdown = None

    def _lines_of(self, code) -> CodeLines:
        lines = self._codes.get(code)
        if lines is None:
            lines = self._codes[code] = CodeLines(code)
        return lines

    # -- one instruction ---------------------------------------------------------------

    def run(self, site, op, frame, R, inner):
        """Run one instruction, calling the trace and profile functions for
        what happens before, during and after it. ``inner(site, op, frame, R)``
        runs it (clearpy's tracer, if one watches too); None: ``op`` itself.

        Most instructions seen here belong to no traced frame: those of the
        trace function itself (a debugger written in Python), or all of them
        once tracing stopped. They go through as fast as possible."""
        ts = frame.ts
        if ts.tracing or (ts.trace_function is None and ts.profile_function is None):
            if self.retire_countdown is not None:
                self.retire_countdown -= 1
                if self.retire_countdown <= 0:
                    _retire(self.interpreter)
            return op(frame, R) if inner is None else inner(site, op, frame, R)
        if inner is None:
            inner = _run_plain
        lines = self._lines_of(site.code)
        index = site.index
        if index < lines.first:
            return inner(site, op, frame, R)
        # While the instruction runs, the frame is at it: its f_lineno needs no
        # search of the eval loop's variables (Frame.position), which a
        # debugger reading it at each event would otherwise pay for.
        frame.trace_position = index
        try:
            return self._traced(site, op, frame, R, inner, lines, index)
        finally:
            frame.trace_position = None

    def _traced(self, site, op, frame, R, inner, lines, index):
        ts = frame.ts
        previous = frame.traced_previous
        frame.traced_previous = index
        name = lines.names[index]
        if name == "RESUME":
            self.started(ts, frame, "start" if site.oparg == 0 else "resume")
            if frame.jump_target is not None:
                return _jumped(frame)
        elif frame.local_trace is not None and ts.trace_function is not None:
            if frame.f_trace_lines and lines.starts[index] and (
                    previous is None or lines.lines[previous] != lines.lines[index]
                    or lines.names[previous] == "RESUME"):
                self._local(ts, frame, "line", None, "line")
                if frame.jump_target is not None:
                    return _jumped(frame)
            if frame.trace_opcodes and self.opcodes and frame.local_trace is not None \
                    and ts.trace_function is not None:
                self._local(ts, frame, "opcode", None, "instruction")
        iterated = R[site.stack(1)] if name == "FOR_ITER" else None
        if type(iterated) is Generator:
            iterated = iterated._frame     # (the generator forgets it when it ends)
        if name == "CALL" and ts.profile_function is not None:
            return self._profiled_call(ts, site, op, frame, R, inner)
        pc = inner(site, op, frame, R)   # (an exception: see unwinding())
        if pc < 0:
            if name != "YIELD_VALUE" and frame.generator is not None:
                # A generator returns: a ``for`` loop running it may report
                # its value (see _iteration_ended).
                frame.returned_value = frame.result
            self.left(ts, frame, frame.result, "yield" if name == "YIELD_VALUE" else "return")
            # (a jump set at a yield stays in frame.jump_target: the generator
            # resumes there, see vm/generators.py)
        elif name in _ITERATING and frame.local_trace is not None and \
                ts.trace_function is not None:
            self._iteration_ended(ts, site, frame, R, pc, iterated)
        elif name in _JUMPS and pc <= index and lines.lines[pc] == lines.lines[index]:
            # A jump back to the start of its own line: the line runs again.
            if frame.local_trace is not None and frame.f_trace_lines and \
                    ts.trace_function is not None:
                frame.traced_previous = frame.trace_position = pc
                self._local(ts, frame, "line", None, "jump")
                if frame.jump_target is not None:
                    return _jumped(frame)
        return pc

    # -- the events ---------------------------------------------------------------------

    def started(self, ts, frame, why: str) -> None:
        """A frame starts, a generator resumes or has an exception thrown in:
        'call' (``why`` is the sys.monitoring event: start, resume, throw)."""
        if ts.profile_function is not None:
            self._profile(ts, frame, "call", None)
        trace = ts.trace_function
        if trace is not None:
            result = self._call(ts, trace, frame, "call", None, why)
            if result is not None:
                frame.local_trace = result

    def left(self, ts, frame, value, why: str) -> None:
        """The frame returns or yields ``value``, or an exception leaves it (None)."""
        if ts.profile_function is not None:
            self._profile(ts, frame, "return", value)
        if frame.local_trace is not None and ts.trace_function is not None:
            self._local(ts, frame, "return", value, why)

    def unwinding(self, frame, index: int, position: int, error, reraised: bool):
        """Instruction ``index`` of ``frame`` raised ``error`` (the eval loop's
        ``unwind`` calls this, for every frame the exception goes through, as
        CPython's error path does): 'exception', and 'return' if no handler
        of the frame catches it. An exception raised again (``raise`` alone,
        the end of a ``finally``) was reported already: no new 'exception'.

        Returns the exception to go on with: a trace function that raises
        replaces it."""
        ts = frame.ts
        if ts.tracing or (ts.trace_function is None and ts.profile_function is None):
            return error
        try:
            if not reraised and frame.local_trace is not None and \
                    ts.trace_function is not None:
                frame.trace_position = index
                self._local(ts, frame, "exception",
                            (type(error), error, error.__traceback__), "raise")
            if frame.code.handlers[index] is None:
                # Leaving after a re-raise, the frame says it is where the
                # exception first came from.
                frame.trace_position = position
                self.left(ts, frame, None, "unwind")
        except InternalError:
            raise
        except BaseException as replacement:
            replacement.__traceback__ = strip_internal_entries(replacement.__traceback__)
            return replacement
        finally:
            frame.trace_position = None
        return error

    def thrown(self, frame, error) -> None:
        """``throw()`` or ``close()`` resumes a generator by raising in it (the
        observer's hook; no instruction runs to raise it)."""
        ts = frame.ts
        if ts.tracing or (ts.trace_function is None and ts.profile_function is None):
            return
        self.started(ts, frame, "throw")   # (the 'exception' comes from unwinding())

    def _iteration_ended(self, ts, site, frame, R, pc, iterated) -> None:
        """A ``for`` loop's iterator or the one ``yield from``/``await`` delegates
        to is exhausted. CPython 3.12 reports a StopIteration, raised and
        cleared at once, when the iterator raised one to say so: an iterator
        written in Python, a generator that returned a value other than None
        to a ``for`` loop; and whenever a generator or coroutine returns to a
        ``yield from``/``await`` (its END_SEND). Not when a built-in iterator
        ends, nor a generator that returned None to a ``for`` loop.

        ``iterated`` is what a FOR_ITER iterated, noted before it ran (the
        frame of a generator, which the generator forgets when it ends)."""
        if site.name == "FOR_ITER":
            if pc != site.target + 1:
                return
            if type(iterated) is Frame:
                value = iterated.returned_value
                iterated.returned_value = None
                if value is None:
                    return
                stop = StopIteration(value)
            elif raises_stop_iteration(type(iterated)):
                stop = StopIteration()
            else:
                return
        else:
            if pc != site.target:
                return
            receiver = R[site.stack(2)]
            if type(receiver) not in _GENERATORS and not raises_stop_iteration(type(receiver)):
                return
            value = R[site.stack(1)]
            stop = StopIteration() if value is None else StopIteration(value)
        self._local(ts, frame, "exception", (StopIteration, stop, None), "raise")

    def _profiled_call(self, ts, site, op, frame, R, inner):
        """A CALL while a profile function is set: 'c_call' before a call of a
        built-in function, and 'c_return' or 'c_exception' after it."""
        builtin = _builtin_called(site, R)
        if builtin is not None:
            self._profile(ts, frame, "c_call", builtin)
        try:
            pc = inner(site, op, frame, R)
        except InternalError:
            raise
        except BaseException as error:
            if builtin is not None and ts.profile_function is not None:
                self._profile(ts, frame, "c_exception", builtin)
            raise
        if builtin is not None and ts.profile_function is not None:
            self._profile(ts, frame, "c_return", builtin)
        return pc

    # -- calling the functions ---------------------------------------------------------

    def _local(self, ts, frame, event: str, arg, why: str) -> None:
        """Report ``event`` to the frame's local trace function."""
        result = self._call(ts, frame.local_trace, frame, event, arg, why)
        if result is not None:
            frame.local_trace = result

    def _call(self, ts, function, frame, event: str, arg, why: str):
        """Call a trace function as CPython's call_trampoline does: the frame's
        variables are copied into ``f_locals`` before, and back after (so a
        debugger can change them); nothing is traced meanwhile. If it raises,
        tracing stops for the thread, and the exception goes on.

        ``why`` names the event as sys.monitoring would (a 'call' is a start,
        a resume or a throw...): setting ``f_lineno`` (a jump) depends on it."""
        frame.fast_to_locals()
        ts.tracing += 1
        ts.trace_event = why
        try:
            result = function(frame, event, arg)
        except BaseException:
            set_trace(ts, None)
            frame.local_trace = None
            frame.jump_target = None
            raise
        finally:
            ts.tracing -= 1
            ts.trace_event = None
        frame.locals_to_fast()
        return result

    def _profile(self, ts, frame, event: str, arg) -> None:
        ts.tracing += 1
        try:
            ts.profile_function(frame, event, arg)
        except BaseException:
            set_profile(ts, None)
            raise
        finally:
            ts.tracing -= 1


def _run_plain(site, op, frame, R) -> int:
    return op(frame, R)


def _jumped(frame) -> int:
    """The trace function set ``f_lineno``: go on at the target it chose
    (clearpy.vm.frame_jump), without a new 'line' event for it."""
    target = frame.jump_target
    frame.jump_target = None
    frame.traced_previous = target
    return target


def _builtin_called(site, R):
    """The built-in function a CALL calls, as the profile function sees it
    (None for anything else). A method descriptor called with its object
    (``list.append`` from ``items.append(x)``) is reported bound to it."""
    arguments = site.oparg
    method = R[site.stack(arguments + 2)]
    if method is NULL:
        function = R[site.stack(arguments + 1)]
        first = R[site.stack(arguments)] if arguments else NULL
    else:
        function = method
        first = R[site.stack(arguments + 1)]
    kind = type(function)
    if kind is _BUILTIN_FUNCTION or kind is BuiltinFunction:
        return function
    if kind is _METHOD_DESCRIPTOR and first is not NULL:
        return function.__get__(first, type(first))
    if kind is _HOST_METHOD:
        function = function.__func__
    if type(function) is _HOST_FUNCTION and function.__module__.startswith("clearpy."):
        # A built-in of the interpreted world that clearpy writes in Python
        # (``sys.setprofile``, ``exec``, ``breakpoint``...): C code for CPython.
        return R[site.stack(arguments + 2)] if method is not NULL else \
            R[site.stack(arguments + 1)]
    return None


_BUILTIN_FUNCTION = type(len)
_METHOD_DESCRIPTOR = type(list.append)
_HOST_FUNCTION = types.FunctionType
_HOST_METHOD = types.MethodType


# -- switching it on and off ------------------------------------------------------------

_switch_lock = threading.Lock()


def set_trace(ts, function) -> None:
    """``sys.settrace(function)`` on thread ``ts``."""
    ts.trace_function = function
    _update(ts.interpreter)
    observer = ts.interpreter.observer
    if observer is not None and observer.sys_trace is not None:
        observer.sys_trace.opcodes = ts.interpreter.opcode_trace_set


def set_profile(ts, function) -> None:
    """``sys.setprofile(function)`` on thread ``ts``."""
    ts.profile_function = function
    _update(ts.interpreter)


def _update(interpreter) -> None:
    """Observe the interpreter while one of its threads has a trace or profile
    function. When none has any more, the observing stops (and the VM gets its
    plain handlers back) a little later: after ``_RETIRE_AFTER`` instructions
    run without tracing. A debugger or a test suite that switches tracing off
    and on again at once (``bdb``, test_sys_settrace) would otherwise pay
    for re-instrumenting every code object each time."""
    with _switch_lock:
        wanted = any(ts.trace_function is not None or ts.profile_function is not None
                     for ts in interpreter.thread_states().values())
        observer = interpreter.observer
        if wanted:
            observer = observer_of(interpreter)
            if observer.sys_trace is None:
                observer.sys_trace = SysTrace(interpreter)
            observer.sys_trace.retire_countdown = None
        elif observer is not None and observer.sys_trace is not None:
            observer.sys_trace.retire_countdown = _RETIRE_AFTER


def _retire(interpreter) -> None:
    """Nobody has traced for a while: stop observing for sys.settrace."""
    with _switch_lock:
        observer = interpreter.observer
        if observer is None or observer.sys_trace is None or \
                observer.sys_trace.retire_countdown is None:
            return
        observer.sys_trace = None
        remove_observer(interpreter)


_RETIRE_AFTER = 20_000
