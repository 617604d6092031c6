"""A deterministic GIL: threads take turns every N instructions, reproducibly.

With the timed GIL, when threads switch depends on the clock: run a program
with a race condition twice and it may fail once and pass once. To *show* a
race, and show it again, ``clearpy trace --switch-every N [--seed S]`` uses
this GIL instead:

- the thread holding the GIL runs exactly N instructions (with a seed, a
  number between 1 and 2N drawn from the seed), then the GIL goes to the next
  thread: the next one in the order threads first asked for it (round robin),
  or, with a seed, one drawn from the seed among all that can run, the
  current one included;
- a thread that would block (``blocking.py``: a lock that is taken, a
  sleep, an empty queue) does not wait inside the host: it gives the GIL to
  another thread and is not chosen again until its call would not block (the
  lock was released, the time has passed). Only then does it make the call;
- a new thread joins the turns when it runs its first instruction. The thread
  that started it is by then waiting (``Thread.start()`` waits until the new
  thread says it has started), so the moment it joins is always the same.

The same program with the same N and seed then runs its threads in the same
order, instruction for instruction, every time. Two things can still bring
the clock back in: ``time.sleep`` (a thread becomes ready when the time has
passed), and a call that blocks without clearpy recognizing it (a socket read
waiting for another thread, say), after which the GIL is taken from the
blocked thread after a second, as the timed GIL does (``determinism_lost``
says so).
"""

import random
import threading
import time

from clearpy.gil.blocking import blocking_call, starts_a_thread

STUCK_SECONDS = 1.0
_POLL = 0.0005

FIRST = "starts running"
TURN = "end of its turn"
BLOCKED = "it would block"
LEAVING = "thread left the VM"
STUCK = "the holder was blocked in a host call"


class DeterministicGIL:
    deterministic = True

    def __init__(self, interpreter, every: int, seed: int | None = None):
        if every < 1:
            raise ValueError("--switch-every needs a number of instructions of at least 1")
        self.interpreter = interpreter
        self.every = every
        self.seed = seed
        self.random = random.Random(seed) if seed is not None else None
        self.cond = threading.Condition(threading.Lock())
        self.holder = None           # the ThreadState running now
        self.turn = None             # the ThreadState chosen to run next
        self.threads = []            # ThreadStates in the order they first asked
        self.blocked = {}            # ThreadState -> Wait.ready, for threads waiting in a call
        self.left = self.every       # instructions left in the holder's turn
        self.ticks = 0               # instructions run, in total
        self.switches = []           # (instruction number, from name, to name, reason)
        self.determinism_lost = False
        self.last_holder = None
        self.reason = FIRST
        self.expecting = {}          # ThreadState that started a thread -> threads expected
        self.stuck = set()           # threads the GIL was taken from, blocked in a host call

    # -- what the observer calls ---------------------------------------------------------

    def tick(self, ts) -> None:
        if self.holder is not ts:
            self._join(ts)
            return
        if self.expecting:
            self._wait_for_new_thread(ts)
        self.ticks += 1
        self.left -= 1
        if self.left <= 0:
            self._end_turn(ts, TURN)

    def before_instruction(self, ts, site, frame) -> None:
        if starts_a_thread(site, frame):
            with self.cond:
                self.expecting[ts] = len(self.threads) + 1
            return
        wait = blocking_call(site, frame)
        if wait is None:
            return
        if wait.ready is None:
            return       # waits for the outside world: nothing to schedule around
        if wait.ready():
            if wait.skip_sleep is not None:
                wait.skip_sleep()
            return
        with self.cond:
            self.blocked[ts] = wait.ready
        self._end_turn(ts, BLOCKED)
        with self.cond:
            self.blocked.pop(ts, None)
        if wait.skip_sleep is not None:
            wait.skip_sleep()

    def leave(self, ts) -> None:
        with self.cond:
            if ts in self.threads:
                self.threads.remove(ts)
            self.blocked.pop(ts, None)
            if self.holder is ts:
                self.holder = None
                self.reason = LEAVING
                self._choose(None)
                self.cond.notify_all()

    # -- turns --------------------------------------------------------------------------------

    def _wait_for_new_thread(self, ts) -> None:
        """The thread that just started another waits until the new one has
        joined the turns, so that it always joins at the same moment."""
        with self.cond:
            expected = self.expecting.pop(ts, None)
            if expected is None:
                return
            deadline = time.monotonic() + STUCK_SECONDS
            while len(self.threads) < expected:
                if time.monotonic() > deadline:
                    # It runs no interpreted code (a host function as target?).
                    self.determinism_lost = True
                    break
                self.cond.wait(_POLL)

    def _join(self, ts) -> None:
        """``ts`` wants to run: it joins the turns and waits to be chosen."""
        with self.cond:
            if ts not in self.threads:
                self.threads.append(ts)
            self.stuck.discard(ts)       # back from the host call it was stuck in
            self._wait_for_turn(ts)
        self._report()

    def _end_turn(self, ts, reason: str) -> None:
        with self.cond:
            if self.holder is not ts:
                return
            self.holder = None
            self.reason = reason
            self._choose(ts)
            self.cond.notify_all()
            self._wait_for_turn(ts)
        self._report()

    def _wait_for_turn(self, ts) -> None:
        """(With the condition held.) Wait until ``ts`` is chosen, choosing
        whenever nobody runs and nobody is chosen."""
        waited = 0.0
        ticks = self.ticks
        while True:
            if self.holder is None and self.turn is None:
                self._choose(None)
            if self.turn is ts and self.holder is None:
                break
            self.cond.wait(_POLL)
            if self.holder is not None and self.holder is not ts:
                if self.ticks == ticks:
                    waited += _POLL
                    if waited >= STUCK_SECONDS:
                        # The holder runs no instruction: it is blocked in a call
                        # clearpy does not know. Take its turn (see the docstring).
                        self.determinism_lost = True
                        self.reason = STUCK
                        self.stuck.add(self.holder)
                        self.holder = None
                        self.turn = None
                else:
                    ticks, waited = self.ticks, 0.0
        self.turn = None
        self.holder = ts
        self.left = self._turn_length()

    def _choose(self, current) -> None:
        """Choose who runs next among the threads that can (with the condition held)."""
        ready = [thread for thread in self.threads if thread not in self.stuck and (
                 thread not in self.blocked or self.blocked[thread]())]
        if not ready:
            self.turn = None
            return
        if self.random is not None:
            self.turn = self.random.choice(ready)
            return
        if current in self.threads:
            position = self.threads.index(current)
            order = self.threads[position + 1:] + self.threads[:position + 1]
        else:
            order = self.threads
        self.turn = next(thread for thread in order if thread in ready)

    def _turn_length(self) -> int:
        if self.random is None:
            return self.every
        return self.random.randint(1, 2 * self.every)

    def _report(self) -> None:
        previous, current = self.last_holder, self.holder
        if previous is current or current is None:
            return
        self.last_holder = current
        from clearpy.gil import thread_name

        names = (None if previous is None else thread_name(self.interpreter, previous.thread_id),
                 thread_name(self.interpreter, current.thread_id))
        self.switches.append((self.ticks, *names, self.reason))
        observer = self.interpreter.observer
        tracer = observer.tracer if observer is not None else None
        if tracer is not None:
            tracer.thread_switch(names[0], names[1], self.reason)

    def holder_name(self) -> str | None:
        from clearpy.gil import thread_name

        holder = self.holder
        return None if holder is None else thread_name(self.interpreter, holder.thread_id)

