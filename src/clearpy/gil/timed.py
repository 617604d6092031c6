"""The GIL of ``clearpy run``: threads take turns every switch interval.

It follows CPython's own GIL (Python/ceval_gil.c, "the new GIL"):

- a thread that wants the GIL while another holds it waits for one switch
  interval (``sys.getswitchinterval()``, 5 ms by default). If the GIL has not
  changed hands meanwhile, it sets ``drop_request``;
- the holder checks ``drop_request`` before each instruction (``tick``);
  when it is set, the holder lets go and waits until another thread has
  actually taken the GIL before asking for it again (otherwise the same
  thread, already running, would usually win it back at once);
- before a call that blocks (``blocking.py``) the holder lets go, and it
  asks for the GIL again at its next instruction.

One thing CPython does not need: CPython's C functions release the GIL
themselves when they block, while clearpy cannot see inside host functions
it does not know. So if the holder does not answer a drop request within a
whole switch interval, it is not running instructions: it is blocked inside
a call to the host, and the waiting thread takes the GIL. (A host function
that computes for long keeps the *host's* GIL, so no interpreted thread
could run meanwhile anyway.)
"""

import sys
import threading

from clearpy.gil.blocking import blocking_call

FIRST = "starts running"
INTERVAL = "switch interval"
BLOCKING = "blocking call"
LEAVING = "thread left the VM"
STUCK = "the holder was blocked in a host call"


class TimedGIL:
    deterministic = False

    def __init__(self, interpreter):
        self.interpreter = interpreter
        self.cond = threading.Condition(threading.Lock())
        self.holder = None          # the ThreadState holding the GIL
        self.drop_request = False
        self.switches = 0           # how many times the GIL changed hands
        self.waiting = 0            # threads waiting for it
        self.last_holder = None
        self.reason = FIRST         # why the last holder let go

    # -- what the observer calls ---------------------------------------------------------

    def tick(self, ts) -> None:
        """Before each instruction of thread ``ts``."""
        if self.holder is not ts:
            self.take(ts)
        elif self.drop_request:
            self._hand_over(ts)

    def before_instruction(self, ts, site, frame) -> None:
        """Before an instruction that may call something that blocks."""
        wait = blocking_call(site, frame)
        if wait is not None:
            self.release(ts, BLOCKING)

    def leave(self, ts) -> None:
        """Thread ``ts`` leaves the VM (its outermost interpreted frame ended)."""
        self.release(ts, LEAVING)

    # -- taking and letting go -------------------------------------------------------------

    def take(self, ts) -> None:
        with self.cond:
            if self.holder is not None:
                self.waiting += 1
                try:
                    self._wait_for_holder()
                finally:
                    self.waiting -= 1
            self.holder = ts
            self.drop_request = False
            previous, self.last_holder = self.last_holder, ts
            if previous is not ts:
                self.switches += 1
                self.cond.notify_all()
            reason = self.reason
        if previous is not ts:
            self._report(previous, ts, reason)

    def _wait_for_holder(self) -> None:
        asked = False
        while self.holder is not None:
            interval = max(sys.getswitchinterval(), 1e-6)
            switches = self.switches
            self.cond.wait(interval)
            if self.holder is None:
                return
            if self.switches != switches:
                asked = False            # it changed hands meanwhile: start again
                continue
            if not asked:
                self.drop_request = True
                asked = True
                continue
            # A whole interval after the request: the holder is blocked in the host.
            self.reason = STUCK
            self.holder = None
            return

    def _hand_over(self, ts) -> None:
        """The holder answers a drop request: let go, and wait until another
        thread has taken the GIL before asking again (FORCE_SWITCHING)."""
        with self.cond:
            if self.holder is not ts:
                return
            self.holder = None
            self.drop_request = False
            self.reason = INTERVAL
            switches = self.switches
            self.cond.notify_all()
            interval = max(sys.getswitchinterval(), 1e-6)
            while self.waiting and self.switches == switches and self.holder is None:
                self.cond.wait(interval)
        self.take(ts)

    def release(self, ts, reason: str) -> None:
        with self.cond:
            if self.holder is ts:
                self.holder = None
                self.reason = reason
                self.cond.notify_all()

    # -- reporting ---------------------------------------------------------------------------

    def holder_name(self) -> str | None:
        holder = self.holder
        return None if holder is None else self.name_of(holder)

    def name_of(self, ts) -> str:
        from clearpy.gil import thread_name

        return thread_name(self.interpreter, ts.thread_id)

    def _report(self, previous, ts, reason: str) -> None:
        observer = self.interpreter.observer
        tracer = observer.tracer if observer is not None else None
        if tracer is not None:
            tracer.thread_switch(None if previous is None else self.name_of(previous),
                                 self.name_of(ts), reason)
