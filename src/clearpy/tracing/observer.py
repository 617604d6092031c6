"""The observer: what observed handlers call, for one interpreter.

While the VM is instrumented (``instrumentation.py``), every instruction of
an interpreter that has an observer goes through ``Observer.run``, which
gives it, in turn, to

- the GIL, if the program has started threads: the GIL decides whether this
  thread may run now, or must first hand over to another one (``clearpy.gil``);
- the trace and profile functions of ``sys.settrace`` and ``sys.setprofile``
  (``sys_trace.py``), if the program set some;
- the tracer, if the instruction belongs to code the tracer watches.

and then runs it.
"""

from clearpy.tracing import instrumentation

# Instructions that may call something that blocks (see clearpy.gil.blocking).
_MAY_BLOCK = frozenset({"CALL", "BEFORE_WITH"})


class Observer:
    def __init__(self, interpreter):
        self.interpreter = interpreter
        self.tracer = None
        self.gil = None
        self.sys_trace = None

    def run(self, site, op, frame, R):
        gil = self.gil
        if gil is not None:
            return self._run_with_gil(gil, site, op, frame, R)
        sys_trace = self.sys_trace
        if sys_trace is not None:
            if frame.ts.tracing and self.tracer is None:
                return op(frame, R)   # a trace function is running: nothing to see
            # (None: no tracer either, the handler itself runs the instruction)
            return sys_trace.run(site, op, frame, R,
                                 self._run_traced if self.tracer is not None else None)
        return self._run_traced(site, op, frame, R)

    def _run_traced(self, site, op, frame, R):
        tracer = self.tracer
        if tracer is not None:
            info = tracer.watches(site.code)
            if info is not None:
                return tracer.run(site, op, frame, R, info)
        return op(frame, R)

    def _run_with_gil(self, gil, site, op, frame, R):
        ts = frame.ts
        gil.tick(ts)
        if site.name in _MAY_BLOCK:
            gil.before_instruction(ts, site, frame)
        sys_trace = self.sys_trace
        try:
            if sys_trace is not None:
                pc = sys_trace.run(site, op, frame, R,
                                   self._run_traced if self.tracer is not None else None)
            elif self.tracer is None:
                pc = op(frame, R)
            else:
                pc = self._run_traced(site, op, frame, R)
        except BaseException:
            if frame.back is None and frame.code.handlers[site.index] is None:
                gil.leave(ts)        # the exception leaves the thread's outermost frame
            raise
        if pc < 0 and frame.back is None:
            gil.leave(ts)            # the thread's outermost frame returned
        return pc

    def thrown(self, frame, error: BaseException) -> None:
        """An exception is thrown into a suspended generator (``throw()``, ``close()``)."""
        if self.sys_trace is not None:
            self.sys_trace.thrown(frame, error)
        tracer = self.tracer
        if tracer is not None and tracer.watches(frame.code) is not None:
            tracer.thrown(frame, error)


def observer_of(interpreter) -> Observer:
    """The interpreter's observer, made (and the VM instrumented) on first use."""
    observer = interpreter.observer
    if observer is None:
        instrumentation.acquire()
        observer = interpreter.observer = Observer(interpreter)
    return observer


def remove_observer(interpreter) -> None:
    """Stop observing the interpreter (once neither tracer nor GIL needs it)."""
    observer = interpreter.observer
    if observer is None or observer.tracer is not None or observer.gil is not None \
            or observer.sys_trace is not None:
        return
    interpreter.observer = None
    instrumentation.release()
