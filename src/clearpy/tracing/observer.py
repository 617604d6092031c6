"""The observer: what observed handlers call, for one interpreter.

While the VM is instrumented (``instrumentation.py``), every instruction of
an interpreter that has an observer goes through ``Observer.run``, which
gives it, in turn, to

- the GIL, if the program has started threads: the GIL decides whether this
  thread may run now, or must first hand over to another one (``clearpy.gil``);
- the tracer, if the instruction belongs to code the tracer watches.

and then runs it.
"""

from clearpy.tracing import instrumentation


class Observer:
    def __init__(self, interpreter):
        self.interpreter = interpreter
        self.tracer = None
        self.gil = None

    def run(self, site, op, frame, R):
        gil = self.gil
        if gil is not None:
            gil.tick(frame.ts)
        tracer = self.tracer
        if tracer is not None:
            info = tracer.watches(site.code)
            if info is not None:
                return tracer.run(site, op, frame, R, info)
        return op(frame, R)

    def thrown(self, frame, error: BaseException) -> None:
        """An exception is thrown into a suspended generator (``throw()``, ``close()``)."""
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
    if observer is None or observer.tracer is not None or observer.gil is not None:
        return
    interpreter.observer = None
    instrumentation.release()
