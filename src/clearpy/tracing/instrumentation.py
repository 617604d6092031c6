"""Instrumentation: watching every instruction, at no cost when nobody watches.

The obvious way to trace an interpreter is a check in its loop: "is anyone
tracing? then report this instruction". But that check would run for every
instruction of every program, traced or not, and clearpy's loop is as short
as a loop can be (``pc = ops[pc](frame, R)``, see ``clearpy.vm.eval_loop``).

CPython 3.12 has the same problem and solves it with *instrumentation*
(PEP 669, ``sys.monitoring``): when a tool asks to see instructions, CPython
rewrites the bytecode of the code objects concerned, replacing instructions
by ``INSTRUMENTED_*`` versions that report and then do the real work. Code
nobody watches keeps its ordinary instructions and runs at full speed.

clearpy does the same with its handlers. Each code object has a list of
handlers, one per instruction. Instrumenting it replaces every handler, *in
the same list*, by an observed one::

    def observed(frame, R):
        observer = frame.ts.interpreter.observer
        if observer is None:                  # another interpreter, not watched
            return op(frame, R)
        return observer.run(site, op, frame, R)

Because the list is changed in place, even loops that are already running
(the program's main module, a thread in the middle of a function) see the
observed handlers from their next instruction on. Code objects decoded later
are instrumented as soon as their handlers are built (the VM's one hook,
``clearpy.vm.code.instrument``). Uninstalling puts the original handlers
back, again in place.

Observed handlers are always the *plain* ones, one per instruction, even if
the VM had fused common sequences into one handler for speed: a tracer must
see every instruction.
"""

import threading

from clearpy.vm import code as vm_code


class Instrumentation:
    """Replaces the handlers of every code object by observed ones while installed."""

    def __init__(self):
        self._saved = {}          # VMCode -> (original plain handlers, original fast ones or None)
        self._lock = threading.RLock()
        self.installed = False

    def install(self) -> None:
        with self._lock:
            if self.installed:
                return
            if vm_code.instrument is not None:
                raise RuntimeError("the VM is already instrumented by someone else")
            vm_code.instrument = self.instrument
            self.installed = True
            for entry in list(vm_code._decoded.values()):
                code = entry[1]
                if code.plain_ops is not None:
                    self.instrument(code)

    def instrument(self, code) -> None:
        """Give ``code`` observed handlers (its handlers must exist already)."""
        with self._lock:
            if code in self._saved or not self.installed:
                return
            plain, fast = code.plain_ops, code.fast_ops
            original = list(plain)
            self._saved[code] = (original, list(fast) if fast is not plain else None)
            # The observed handlers of a code object are made once and kept on
            # it: a program that switches tracing on and off often (a debugger's
            # sys.settrace, a test suite) would otherwise rebuild them each time.
            observed = code.observed_ops
            if observed is None:
                observed = code.observed_ops = [observed_handler(site, op)
                                                for site, op in zip(code.sites, original)]
            plain[:] = observed
            if fast is not plain:
                fast[:] = observed

    def uninstall(self) -> None:
        with self._lock:
            if not self.installed:
                return
            vm_code.instrument = None
            self.installed = False
            for code, (plain, fast) in self._saved.items():
                code.plain_ops[:] = plain
                if fast is not None:
                    code.fast_ops[:] = fast
            self._saved.clear()

    def instrumented_count(self) -> int:
        return len(self._saved)


def observed_handler(site, op):
    """The observed version of handler ``op`` of instruction ``site``."""
    def observed(frame, R):
        observer = frame.ts.interpreter.observer
        if observer is None:
            return op(frame, R)
        return observer.run(site, op, frame, R)

    observed.__qualname__ = f"observed {site.name}"
    return observed


# One instrumentation for the whole process: code objects are shared by every
# interpreter of the process, so their handlers are too.
INSTRUMENTATION = Instrumentation()
_users = 0
_users_lock = threading.Lock()


def acquire() -> None:
    """Someone (a tracer, the GIL) needs the VM instrumented."""
    global _users
    with _users_lock:
        _users += 1
        INSTRUMENTATION.install()


def release() -> None:
    """That someone is done; the last one out restores the original handlers."""
    global _users
    with _users_lock:
        _users -= 1
        if _users <= 0:
            _users = 0
            INSTRUMENTATION.uninstall()
