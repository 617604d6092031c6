"""The tracer: from instructions run to events.

The observer (``observer.py``) hands the tracer every instruction of every
frame it watches, *before* it runs, together with its handler. The tracer:

1. keeps, for each thread, the stack of watched frames (``FrameTrace``), so
   that it knows which frame is new (``call``), which comes back
   (``resume``) and which leaves (``return``, ``yield``, ``unwind``);
2. decides whether the instruction starts a line (``lines.py``);
3. runs the handler, noting the value stack before and after it;
4. if the handler raises, reports the exception and whether a handler of the
   frame catches it (``handled``) or it leaves the frame (``unwind``);
5. notices objects the instruction created (a value on the stack that
   nothing but the stack refers to) and watches them until they die.

Events go to *sinks* (the printer, the trace file, a summary), each with
``event(event)`` and ``instruction_done(event)`` (an instruction event is
sent when the instruction starts, with the stack before it; the stack after
it is added when it ends, which for a call is after the whole callee ran).

Which frames are watched: those running code from the program's own files
(``scope``), so that a trace shows the program, not the standard library it
imports. ``functions`` narrows the events reported to frames of functions
with those names (the frames are still followed, to know where one is).
"""

import gc
import sys
import threading
import types
import weakref

from clearpy.bytecode.disassembler import explain_argument, fast_local_names
from clearpy.memory.attributes import has_instance_dict
from clearpy.memory.collector import CollectorWatcher, generation_state
from clearpy.memory.cycles import find_unreachable
from clearpy.memory.heap import take_snapshot
from clearpy.memory.lifetime import LifetimeWatcher
from clearpy.memory.machinery import moved_into_callee
from clearpy.memory.short_repr import class_attribute, is_host_method, short_repr
from clearpy.tracing import events as ev
from clearpy.tracing.events import Event
from clearpy.tracing.frame_views import frame_view, stack_values
from clearpy.tracing.lines import first_traceable, line_starts
from clearpy.vm.errors import InternalError, internal_error_from
from clearpy.vm.null import NULL

_RERAISING = {"RERAISE", "END_ASYNC_FOR", "CLEANUP_THROW"}
_RESUME_HOW = {1: "after yield", 2: "after yield from", 3: "after await"}
# A value on the stack that nothing else refers to has this count as seen
# by sys.getrefcount (the register, and the argument of the call).
_ONLY_THE_STACK = 2


class StepLimitReached(BaseException):
    """Raised into the program when the trace reached its ``max_steps``. It
    is raised again at every instruction, so the program cannot go on."""


class CodeInfo:
    """What the tracer works out once per code object."""

    __slots__ = ("code", "first", "starts", "argreprs", "reported", "function")

    def __init__(self, code, reported: bool):
        self.code = code
        self.first = first_traceable(code)
        self.starts = line_starts(code)
        self.argreprs = None           # made on first use (instruction level)
        self.reported = reported       # are events of this code reported?
        self.function = code.co.co_qualname

    def argrepr(self, index: int) -> str:
        if self.argreprs is None:
            co = self.code.co
            names = fast_local_names(co)
            argreprs = []
            for site in self.code.sites:
                try:
                    text = explain_argument(site.definition, site.oparg, site.offset, co, names)[1] \
                        if site.definition is not None and site.definition.has_argument else ""
                except Exception:
                    text = ""
                argreprs.append(short_repr(text, 40) if not isinstance(text, str) else text[:60])
            self.argreprs = argreprs
        return self.argreprs[index]


class FrameTrace:
    """A watched frame, as the tracer follows it."""

    __slots__ = ("key", "frame", "info", "prev", "index", "iterator")

    def __init__(self, key: int, frame, info: CodeInfo):
        self.key = key
        self.frame = frame        # the VM frame (held while it is on a thread's stack)
        self.info = info
        self.prev = None          # index of the instruction run before in this frame
        self.index = 0            # index of the instruction running now
        self.iterator = None      # type of the iterator a FOR_ITER or SEND is asking


class ThreadTrace:
    """One thread's stack of watched frames."""

    __slots__ = ("name", "ident", "stack")

    def __init__(self, name: str, ident: int):
        self.name = name
        self.ident = ident
        self.stack: list[FrameTrace] = []


class Tracer:
    """Turns the instructions of one interpreter's program into events.

    ``scope(filename) -> bool`` says which code is the program's;
    ``level`` is "line" or "instruction" (which events are steps);
    ``functions``, if given, the function names whose events are reported;
    ``max_steps`` stops the program after that many steps;
    ``state`` makes each step carry the frames and the heap.
    """

    def __init__(self, interpreter, sinks: list, *, scope, level: str = "line",
                 functions=None, max_steps: int | None = None, state: bool = False,
                 predict_collections: bool = False, watch_objects: bool = True):
        if level not in ev.LEVELS:
            raise ValueError(f"level must be one of {', '.join(ev.LEVELS)}")
        self.interpreter = interpreter
        self.sinks = list(sinks)
        self.scope = scope
        self.level = level
        self.step_kind = ev.LEVELS[level]
        self.functions = set(functions) if functions else None
        self.max_steps = max_steps
        self.state = state or any(getattr(sink, "wants_state", False) for sink in self.sinks)
        self.watch_objects = watch_objects
        self.count = 0              # events so far
        self.steps = 0              # steps so far
        self.stopped = False        # max_steps reached
        self.finished = False       # the end event was sent: nothing more
        self.calls = 0
        self.instructions = 0       # instructions of watched code run
        self.created = 0            # objects the program created (seen alone on the stack)
        self._codes = {}            # VMCode -> CodeInfo
        self._threads = {}          # ThreadState -> ThreadTrace
        self._suspended = {}        # id(frame) -> FrameTrace of a suspended generator frame
        self._frame_keys = 0
        self._lock = threading.RLock()
        self._unreachable = set()   # ids of program objects reported unreachable
        self._lines_unchecked = 0   # lines since the last unreachable check
        self.collector = CollectorWatcher(self._collection, predict=predict_collections)
        self.lifetime = LifetimeWatcher(self.collector, self._death)

    # -- starting and stopping --------------------------------------------------------

    def start(self, details: dict | None = None) -> None:
        self.collector.install()
        self.emit(Event(ev.START, self._next(), threading.current_thread().name,
                        details={"gc": _gc_details(), **(details or {})}))

    def finish(self, details: dict | None = None) -> None:
        """The program ended: frames still on a stack left by an exception."""
        self.collector.uninstall()
        for thread in list(self._threads.values()):
            while thread.stack:
                thread.stack.pop()
        alive = len(self.lifetime.alive())
        summary = {"steps": self.steps, "events": self.count, "calls": self.calls,
                   "instructions": self.instructions,
                   "objects_created": self.created,
                   "objects_watched": self.lifetime.watched_count() + len(self.lifetime.deaths),
                   "objects_freed_by_refcount": sum(1 for d in self.lifetime.deaths
                                                    if d.cause == "reference counting"),
                   "objects_freed_by_collector": sum(1 for d in self.lifetime.deaths
                                                     if d.cause == "cycle collector"),
                   "objects_alive_at_end": alive,
                   "collections": len(self.collector.collections),
                   "stopped_at_max_steps": self.stopped,
                   "gc": _gc_details()}
        summary.update(details or {})
        self.emit(Event(ev.END, self._next(), threading.current_thread().name, details=summary),
                  force=True)
        self.finished = True
        for sink in self.sinks:
            sink.close()

    # -- the hot path: one instruction ---------------------------------------------------

    def watches(self, code) -> CodeInfo | None:
        """The CodeInfo of ``code`` if the tracer watches it, else None."""
        info = self._codes.get(code)
        if info is None:
            if code in self._codes:
                return None
            filename = code.co.co_filename
            if not self.scope(filename):
                self._codes[code] = None
                return None
            reported = self.functions is None or bool(
                {code.co.co_name, code.co.co_qualname} & self.functions)
            info = self._codes[code] = CodeInfo(code, reported)
        return info

    def run(self, site, op, frame, R, info: CodeInfo):
        """Run one instruction of a watched frame, reporting what happens.

        Any failure of the tracer's own is clearpy's bug, reported as an
        InternalError, never as the program's exception.
        """
        if self.stopped:
            raise StepLimitReached(f"the trace stopped after {self.max_steps} steps")
        if site.index < info.first:
            return op(frame, R)
        self.instructions += 1
        try:
            thread, trace, event, modules_before = self._before(site, frame, info)
        except Exception as bug:
            raise internal_error_from(bug, "while tracing an instruction") from bug
        try:
            pc = op(frame, R)
        except BaseException as error:
            trace.prev = site.index
            if not isinstance(error, (InternalError, StepLimitReached)):
                try:
                    self._raised(thread, trace, site, error, event)
                except Exception as bug:
                    raise internal_error_from(bug, "while tracing an exception") from bug
            raise
        try:
            self._after(site, frame, R, info, thread, trace, event, modules_before, pc)
        except Exception as bug:
            raise internal_error_from(bug, "while tracing an instruction") from bug
        return pc

    def _before(self, site, frame, info):
        """Events before the instruction runs: call/resume, line, instruction."""
        index = site.index
        thread = self._thread(frame.ts)
        reported = info.reported
        name = site.name
        if name == "RESUME":
            trace = self._resume(thread, frame, info, site)
        else:
            stack = thread.stack
            trace = stack[-1] if stack else None
            if trace is None or trace.frame is not frame:
                trace = self._find(thread, frame, info, site)
        trace.index = index
        if info.starts[index]:
            prev = trace.prev
            sites = info.code.sites
            if prev is None or sites[prev].line != site.line or sites[prev].name == "RESUME":
                if reported:
                    self._check_unreachable(thread.name)
                    self._step(Event(ev.LINE, self._next(), thread.name, trace.key, info.function,
                                     info.code.co.co_filename, site.line, site.offset), trace)
        trace.index = index
        event = None
        if reported and self.step_kind is ev.INSTRUCTION and name != "RESUME":
            event = Event(ev.INSTRUCTION, self._next(), thread.name, trace.key, info.function,
                          info.code.co.co_filename, site.line, site.offset,
                          {"opname": name, "arg": site.oparg if site.definition is not None
                           and site.definition.has_argument else None,
                           "argrepr": info.argrepr(index),
                           "stack_before": _shorts(stack_values(frame, site.depth))})
            self._step(event, trace)
        modules_before = set(self.interpreter.modules) if name == "IMPORT_NAME" else None
        if name in _ITERATING and reported:
            # (see _stop_iteration)
            trace.iterator = type(frame.R[site.stack(2 if name == "SEND" else 1)])
        return thread, trace, event, modules_before

    def _after(self, site, frame, R, info, thread, trace, event, modules_before, pc) -> None:
        """Events after the instruction ran: its stack after, return/yield, new objects."""
        trace.prev = site.index
        if modules_before is not None:
            self._imported(thread, trace, site, R, modules_before)
        if pc < 0:
            self._left(thread, trace, site, frame, event)
            return
        depth = info.code.sites[pc].depth
        if event is not None:
            event.details["stack_after"] = _shorts(stack_values(frame, depth))
            self._done(event)
        if trace.iterator is not None:
            self._stop_iteration(thread, trace, site, pc)
        if self.watch_objects and depth and site.definition is not None and \
                site.definition.pushed(site.oparg):
            self._note_new_objects(R, info.code.stack_base, depth, site)

    # -- frames coming and going ------------------------------------------------------------

    def _thread(self, ts) -> ThreadTrace:
        thread = self._threads.get(ts)
        if thread is None:
            with self._lock:
                thread = self._threads.get(ts)
                if thread is None:
                    thread = self._threads[ts] = ThreadTrace(self._thread_name(ts.thread_id),
                                                             ts.thread_id)
        return thread

    def _thread_name(self, ident: int) -> str:
        """The name the program gave the thread (read without running its code)."""
        from clearpy.gil import thread_name

        return thread_name(self.interpreter, ident)

    def _new_key(self) -> int:
        with self._lock:
            self._frame_keys += 1
            return self._frame_keys

    def _resume(self, thread, frame, info, site) -> FrameTrace:
        """A RESUME: a frame starts (oparg 0) or a suspended one continues."""
        stack = thread.stack
        if site.oparg == 0:
            trace = FrameTrace(self._new_key(), frame, info)
            stack.append(trace)
            self.calls += 1
            if info.reported:
                view = frame_view(frame, trace.key, site.index, None)
                arguments = {slot.name: short_repr(slot.value, 30)
                             for slot in view.slots[:frame.code.co.co_argcount
                                                    + frame.code.co.co_kwonlyargcount]}
                self.emit(Event(ev.CALL, self._next(), thread.name, trace.key, info.function,
                                info.code.co.co_filename, site.line, site.offset,
                                {"arguments": arguments, "depth": len(stack)}))
            return trace
        trace = self._suspended.pop(id(frame), None)
        if trace is None or trace.info is not info:
            trace = FrameTrace(self._new_key(), frame, info)
        trace.frame = frame
        stack.append(trace)
        if info.reported:
            self.emit(Event(ev.RESUME, self._next(), thread.name, trace.key, info.function,
                            info.code.co.co_filename, site.line, site.offset,
                            {"how": _RESUME_HOW.get(site.oparg, "resumed")}))
        return trace

    def _find(self, thread, frame, info, site) -> FrameTrace:
        """An instruction of a frame that is not on top of the thread's stack:
        a caller whose callee left unseen, a generator resumed by throw(), or a
        frame already running when tracing began."""
        stack = thread.stack
        for position in range(len(stack) - 1, -1, -1):
            if stack[position].frame is frame:
                del stack[position + 1:]
                return stack[position]
        trace = self._suspended.pop(id(frame), None)
        if trace is None or trace.info is not info:
            trace = FrameTrace(self._new_key(), frame, info)
            trace.prev = site.index     # no line event for the middle of a line
        trace.frame = frame
        stack.append(trace)
        if info.reported:
            self.emit(Event(ev.RESUME, self._next(), thread.name, trace.key, info.function,
                            info.code.co.co_filename, site.line, site.offset,
                            {"how": "resumed"}))
        return trace

    def _left(self, thread, trace, site, frame, instruction_event) -> None:
        """The instruction left the frame: it returned or yielded."""
        stack = thread.stack
        if stack and stack[-1] is trace:
            stack.pop()
        info = trace.info
        if instruction_event is not None:
            instruction_event.details["stack_after"] = []
            self._done(instruction_event)
        trace.frame = None
        if site.name == "YIELD_VALUE":
            self._suspended[id(frame)] = trace
            kind = ev.YIELD
        else:
            kind = ev.RETURN
        if info.reported:
            self.emit(Event(kind, self._next(), thread.name, trace.key, info.function,
                            info.code.co.co_filename, site.line, site.offset,
                            {"value": short_repr(frame.result)}))

    def _raised(self, thread, trace, site, error, instruction_event, handler_index=None) -> None:
        info = trace.info
        code = info.code
        handler = code.handlers[site.index if handler_index is None else handler_index]
        description = {"type": type(error).__name__, "message": _message(error)}
        if instruction_event is not None:
            instruction_event.details["raised"] = description["type"]
            self._done(instruction_event)
        if info.reported:
            self.emit(Event(ev.EXCEPTION, self._next(), thread.name, trace.key, info.function,
                            code.co.co_filename, site.line, site.offset,
                            {**description, "reraise": site.name in _RERAISING}))
        if handler is not None:
            target = code.sites[handler[0]]
            if info.reported:
                self.emit(Event(ev.HANDLED, self._next(), thread.name, trace.key, info.function,
                                code.co.co_filename, target.line, target.offset, description))
            return
        stack = thread.stack
        if stack and stack[-1] is trace:
            stack.pop()
        trace.frame = None
        if info.reported:
            self.emit(Event(ev.UNWIND, self._next(), thread.name, trace.key, info.function,
                            code.co.co_filename, site.line, site.offset, description))

    def _stop_iteration(self, thread, trace, site, pc) -> None:
        """A ``for`` loop or a ``yield from``/``await`` (FOR_ITER, SEND) found its
        iterator exhausted. CPython reports the StopIteration as raised (then
        cleared at once) when the iterator signalled the end by raising it: an
        iterator written in Python, or asyncio's future iterator; not for a
        built-in iterator, which just says "no more", nor for a generator,
        which returns."""
        iterator, trace.iterator = trace.iterator, None
        exhausted = site.target + 1 if site.name == "FOR_ITER" else site.target
        if pc != exhausted or not raises_stop_iteration(iterator):
            return
        info = trace.info
        self.emit(Event(ev.EXCEPTION, self._next(), thread.name, trace.key, info.function,
                        info.code.co.co_filename, site.line, site.offset,
                        {"type": "StopIteration", "message": "", "reraise": False,
                         "cleared": True}))

    def thrown(self, frame, error: BaseException) -> None:
        """``throw()`` or ``close()`` resumes a suspended frame by raising in it,
        where it stands (after its YIELD_VALUE): no instruction raises it."""
        if self.stopped:
            return
        try:
            info = self.watches(frame.code)
            thread = self._thread(frame.ts)
            trace = self._suspended.pop(id(frame), None)
            if trace is None or trace.info is not info:
                trace = FrameTrace(self._new_key(), frame, info)
            trace.frame = frame
            thread.stack.append(trace)
            code = info.code
            standing = code.sites[trace.prev if trace.prev is not None else frame.pc]
            if info.reported:
                self.emit(Event(ev.RESUME, self._next(), thread.name, trace.key, info.function,
                                code.co.co_filename, standing.line, standing.offset,
                                {"how": "throw"}))
            self._raised(thread, trace, standing, error, None, handler_index=frame.pc)
        except Exception as bug:
            raise internal_error_from(bug, "while tracing a throw()") from bug

    def _imported(self, thread, trace, site, R, modules_before) -> None:
        if not trace.info.reported:
            return
        module = R[site.stack(2)]
        loaded = [name for name in self.interpreter.modules if name not in modules_before]
        name = trace.info.code.co.co_names[site.oparg]
        self.emit(Event(ev.IMPORT, self._next(), thread.name, trace.key, trace.info.function,
                        trace.info.code.co.co_filename, site.line, site.offset,
                        {"name": name, "module": short_repr(module),
                         "loaded": loaded}))

    # -- objects --------------------------------------------------------------------------

    def _note_new_objects(self, R, base: int, depth: int, site) -> None:
        """Values the instruction pushed that only the stack refers to were
        just made: watch them until they die."""
        pushed = site.definition.pushed(site.oparg)
        getrefcount = sys.getrefcount
        for register in range(base + depth - pushed, base + depth):
            if register < base:
                continue
            # (Bound methods are left out: clearpy makes one for each call of an
            # interpreted method, where CPython's LOAD_ATTR makes none.)
            if getrefcount(R[register]) == _ONLY_THE_STACK and R[register] is not NULL \
                    and type(R[register]) is not types.MethodType:
                self.created += 1
                self.lifetime.watch(R[register], self.steps)

    def _check_unreachable(self, thread_name: str) -> None:
        """Have objects of the program just become garbage that reference
        counting cannot free (a cycle nothing else refers to)? Checked at each
        new line, with clearpy's copy of the collector's algorithm
        (``clearpy.memory.cycles``) run on the program's objects only."""
        count = self.lifetime.program_object_count()
        if not self.watch_objects or not count or count > _MOST_OBJECTS_CHECKED:
            return
        # A check costs time in proportion to the program's objects: with
        # many of them, check every few lines only (at most every
        # count // _OBJECTS_CHECKED_EVERY_LINE lines), a cost bounded per line.
        self._lines_unchecked += 1
        if self._lines_unchecked < count // _OBJECTS_CHECKED_EVERY_LINE:
            return
        self._lines_unchecked = 0
        report = find_unreachable(candidates=self._program_objects())
        found = report.ids()
        new = found - self._unreachable
        self._unreachable = found
        if not new:
            return
        cycles = [[_describe_unreachable(report, member) for member in cycle[:8]]
                  for cycle in report.cycles if new & set(cycle)]
        objects = [f"{item.type_name} {item.repr}" for item in report.objects if item.id in new]
        self.emit(Event(ev.UNREACHABLE, self._next(), thread_name,
                        details={"objects": objects[:20], "count": len(new), "cycles": cycles[:10],
                                 "finalizers": [f"{item.type_name} {item.repr}"
                                                for item in report.finalizers() if item.id in new]}))

    def _program_objects(self) -> list:
        """The program's live objects and the containers they hold, as a list
        that is the only reference the tracer keeps to them."""
        found = self.lifetime.alive()
        found.extend(self.lifetime.young_containers())   # lists, dicts... (no weak references)
        seen = set(map(id, found))
        position = 0
        while position < len(found) and len(found) < _MOST_OBJECTS_CHECKED * 2:
            for referent in gc.get_referents(found[position]):
                if id(referent) not in seen and gc.is_tracked(referent) and \
                        _may_be_in_a_program_cycle(referent):
                    seen.add(id(referent))
                    found.append(referent)
            position += 1
        referent = None   # noqa: F841 - the loop variable would be one more reference
        return found

    def _death(self, death) -> None:
        self.emit(Event(ev.DEATH, self._next(), death.thread,
                        details={"id": death.id, "type": death.type_name, "repr": death.repr,
                                 "cause": death.cause, "collection": death.collection,
                                 "born_at_step": death.born_at}))

    def _collection(self, collection) -> None:
        details = {"generation": collection.generation,
                   "counts_before": list(collection.counts_before),
                   "collected": collection.collected,
                   "uncollectable": collection.uncollectable,
                   "seconds": round(collection.seconds, 6),
                   "number": collection.number,
                   "gc": _gc_details()}
        prediction = collection.prediction
        if prediction is not None:
            details["predicted"] = {
                "examined": prediction.candidates,
                "unreachable": len(prediction.objects),
                "cycles": [[_describe_unreachable(prediction, member) for member in cycle[:6]]
                           for cycle in prediction.cycles[:10]],
                "finalizers": len(prediction.finalizers()),
            }
        self.emit(Event(ev.GC, self._next(), collection.thread, details=details))
        self.lifetime.forget_dead_references()

    # -- events to the sinks ----------------------------------------------------------------

    def _next(self) -> int:
        self.count += 1
        return self.count

    def emit(self, event: Event, force: bool = False) -> None:
        if (self.stopped and not force) or self.finished:
            return
        for sink in self.sinks:
            sink.event(event)

    def _done(self, event: Event) -> None:
        if self.stopped:
            return
        for sink in self.sinks:
            sink.instruction_done(event)

    def _step(self, event: Event, trace: FrameTrace) -> None:
        """Send a step; stop the program when there have been enough."""
        if event.kind is not self.step_kind:
            self.emit(event)
            return
        if self.max_steps is not None and self.steps >= self.max_steps:
            self.stopped = True
            raise StepLimitReached(f"the trace stopped after {self.max_steps} steps")
        self.steps += 1
        event.step = self.steps
        if self.state:
            event.state = self.program_state()
        self.emit(event)

    def program_state(self) -> dict:
        """The frames of every thread (bottom first) and the heap they reach."""
        views = []
        for thread in list(self._threads.values()):
            stack = list(thread.stack)
            for trace in stack:
                frame = trace.frame
                if frame is None:
                    continue
                site = trace.info.code.sites[trace.index]
                views.append(frame_view(frame, trace.key, trace.index, site.depth, thread.name))
                if trace is not stack[-1]:
                    views[-1].moved = moved_into_callee(frame, trace.index)
        snapshot = take_snapshot(views, follow=is_program_object)
        views.clear()
        return {"snapshot": snapshot, "gc": _gc_details()}

    # -- output ------------------------------------------------------------------------------

    def output(self, stream: str, text: str) -> None:
        """The program wrote ``text`` to ``stream`` ("stdout" or "stderr")."""
        self.emit(Event(ev.OUTPUT, self._next(), threading.current_thread().name,
                        details={"stream": stream, "text": text}))

    def thread_switch(self, from_thread: str | None, to_thread: str, reason: str) -> None:
        self.emit(Event(ev.THREAD_SWITCH, self._next(), to_thread,
                        details={"from": from_thread, "to": to_thread, "reason": reason}))


_host_classes = weakref.WeakKeyDictionary()   # (weak: it must not add to a class's count)
_ITERATING = {"FOR_ITER", "SEND"}
# Built-in iterators that end by raising StopIteration rather than by
# returning nothing: asyncio's C future iterator, and the awaitables of an
# async generator's asend()/athrow(), which hand out each value that way.
_RAISING_BUILTIN_ITERATORS = {"FutureIter", "async_generator_asend", "async_generator_athrow"}


_MOST_OBJECTS_CHECKED = 2000
_OBJECTS_CHECKED_EVERY_LINE = 200
_CONTAINERS = (list, dict, set, tuple, frozenset, types.CellType)


def _may_be_in_a_program_cycle(obj) -> bool:
    """Containers and the program's own instances (not types, modules,
    functions or clearpy's objects, through which half the world is reached)."""
    if type(obj) in _CONTAINERS:
        return True
    if isinstance(obj, (type, types.ModuleType, types.FunctionType, types.CodeType)):
        return False
    return is_program_object(obj) and has_instance_dict(obj) and type(obj).__name__ != "function"


def raises_stop_iteration(cls: type) -> bool:
    if cls.__name__ in _RAISING_BUILTIN_ITERATORS:
        return True
    if cls in _vm_generator_types():
        return False
    # An iterator class of the program: its __next__ is interpreted code.
    return class_attribute(cls, "__next__") is not None and not is_host_method(cls, "__next__")


def _vm_generator_types() -> tuple:
    from clearpy.vm.generators import Coroutine, Generator

    return (Generator, Coroutine)


def is_program_object(obj) -> bool:
    """Should a snapshot look inside ``obj``? Not if it is one of clearpy's own
    objects (a generator, a frame, a function of the VM...): those are
    implemented by host classes, whose methods are host functions, while the
    program's classes have interpreted ones."""
    cls = type(obj)
    known = _host_classes.get(cls)
    if known is None:
        known = _host_classes[cls] = any(
            isinstance(value, types.FunctionType)
            for klass in cls.__mro__ if klass is not object for value in vars(klass).values())
    return not known


def _shorts(values) -> list:
    return ["NULL" if value is NULL else short_repr(value, 30) for value in values]


def _message(error: BaseException) -> str:
    """The exception's message, if reading it runs no code of the program."""
    if not is_host_method(type(error), "__str__"):
        return ""
    try:
        text = str(error)
    except Exception:
        return ""
    return text if len(text) <= 80 else text[:79] + "…"


def _describe_unreachable(report, member_id: int) -> str:
    for item in report.objects:
        if item.id == member_id:
            return f"{item.type_name} {item.repr}"
    return str(member_id)


def _gc_details() -> dict:
    state = generation_state()
    return {"counts": list(state.counts), "thresholds": list(state.thresholds)}
