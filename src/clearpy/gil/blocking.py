"""Calls that block, and what a GIL does about them.

A thread that waits (for a lock, for time to pass, for data) must not keep
the GIL while it waits, or no other thread could run, and the one it waits
for never would. CPython's C functions release the GIL themselves around
their waits. clearpy cannot see inside host functions, so it recognizes the
calls that wait, at the instruction that makes them:

- ``lock.acquire()`` of ``_thread.lock`` and ``_thread.RLock`` (what
  ``threading.Lock``, ``RLock``, ``Condition``, ``Event``, ``Semaphore``,
  ``Thread.join`` and ``queue.Queue`` are all built on), also as
  ``with lock:``;
- ``time.sleep()``;
- ``_queue.SimpleQueue.get()``;
- a few calls that wait for the outside world: ``select.select``,
  ``os.read``, ``os.waitpid``, ``input``, and socket methods.

``blocking_call(site, frame)`` tells, before an instruction runs, whether it
will make such a call, and returns a ``Wait`` describing it. The timed GIL
simply lets go during the call; the deterministic GIL waits its turn in the
schedule until the call would not block (the lock is free, the time has
passed), so that the order of events does not depend on the machine.
"""

import time
from dataclasses import dataclass

from clearpy.vm.null import NULL

_CALLS = {"CALL", "CALL_FUNCTION_EX"}

# (type name of __self__, method name) pairs that wait for something outside
# the program; the GIL only lets go around them.
_OUTSIDE_WAITS = {
    ("module", "select"), ("module", "read"), ("module", "waitpid"), ("module", "wait"),
    ("module", "input"), ("socket", "recv"), ("socket", "recv_into"), ("socket", "accept"),
    ("socket", "connect"), ("socket", "sendall"), ("socket", "recvfrom"),
    ("poll", "poll"), ("epoll", "poll"),
}
_LOCK_TYPES = {"lock", "RLock"}


@dataclass
class Wait:
    """A call about to block: ``ready()`` says when it would not block any more."""

    what: str                 # "lock", "sleep", "queue", "outside"
    ready: object = None      # callable -> bool, for the deterministic GIL
    skip_sleep: object = None  # for "sleep": makes the call not sleep (it waited already)


def blocking_call(site, frame) -> Wait | None:
    """Will instruction ``site`` of ``frame`` make a call that blocks?"""
    name = site.name
    R = frame.R
    if name == "BEFORE_WITH":
        manager = R[site.stack(1)]
        if type(manager).__name__ in _LOCK_TYPES and type(manager).__module__ == "_thread":
            return _lock_wait(manager, (), None)
        return None
    if name != "CALL":
        return None
    count = site.oparg
    method, callable_register = site.stack(count + 2), site.stack(count + 1)
    function = R[method]
    if function is NULL:
        function = R[callable_register]
        args = R[callable_register + 1:callable_register + 1 + count]
        first_arg_register = callable_register + 1
    else:
        # A method call: the object is the first argument (its `self`).
        args = R[callable_register:callable_register + 1 + count]
        first_arg_register = callable_register
    kwnames = _kwnames(site)
    function_name = getattr(function, "__name__", None)
    if hasattr(function, "__objclass__") and args:
        # A method descriptor with its object (LOAD_ATTR of a built-in
        # type's method pushes both, as CPython does).
        owner, args = args[0], args[1:]
        first_arg_register += 1
    else:
        owner = getattr(function, "__self__", None)
    owner_type = type(owner).__name__
    if owner_type in _LOCK_TYPES and type(owner).__module__ == "_thread" and \
            function_name in ("acquire", "acquire_lock", "__enter__"):
        return _lock_wait(owner, args, kwnames)
    if function_name == "sleep" and getattr(owner, "__name__", None) == "time":
        return _sleep_wait(args, R, first_arg_register)
    if owner_type == "SimpleQueue" and function_name == "get":
        return Wait("queue", ready=lambda queue=owner: not queue.empty())
    if (owner_type, function_name) in _OUTSIDE_WAITS or (
            function_name == "input" and getattr(owner, "__name__", None) == "builtins"):
        return Wait("outside")
    return None


def _kwnames(site):
    code = site.code
    if site.index and code.sites[site.index - 1].name == "KW_NAMES":
        return code.co.co_consts[code.sites[site.index - 1].oparg]
    return None


def _lock_wait(lock, args, kwnames) -> Wait | None:
    """``lock.acquire(blocking=True, timeout=-1)``: None if it does not block."""
    positional = list(args)
    keywords = {}
    if kwnames:
        split = len(positional) - len(kwnames)
        keywords = dict(zip(kwnames, positional[split:]))
        positional = positional[:split]
    blocking = keywords.get("blocking", positional[0] if positional else True)
    timeout = keywords.get("timeout", positional[1] if len(positional) > 1 else -1)
    if not blocking:
        return None
    deadline = None
    if isinstance(timeout, (int, float)) and timeout >= 0:
        deadline = time.monotonic() + timeout
    if type(lock).__name__ == "RLock":
        def ready(lock=lock, deadline=deadline):
            return lock._is_owned() or not _rlock_held(lock) or _timed_out(deadline)
    else:
        def ready(lock=lock, deadline=deadline):
            return not lock.locked() or _timed_out(deadline)
    return Wait("lock", ready=ready)


def _rlock_held(lock) -> bool:
    """Is an RLock held by any thread? (repr says "locked" or "unlocked".)"""
    return "<locked" in repr(lock)


def _sleep_wait(args, R, first_arg_register) -> Wait:
    seconds = args[0] if args else 0
    deadline = time.monotonic() + seconds if isinstance(seconds, (int, float)) and seconds > 0 else None

    def skip_sleep():
        # The deterministic GIL has waited until the time passed, letting the
        # other threads run meanwhile; the call itself must not sleep again.
        if args:
            R[first_arg_register] = 0
    return Wait("sleep", ready=lambda: _passed(deadline), skip_sleep=skip_sleep)


def _passed(deadline) -> bool:
    """Has a sleep's time passed? (No deadline: there was nothing to wait for.)"""
    return deadline is None or time.monotonic() >= deadline


def _timed_out(deadline) -> bool:
    """Has a wait's timeout passed? (No deadline: it waits for ever.)"""
    return deadline is not None and time.monotonic() >= deadline


def starts_a_thread(site, frame) -> bool:
    """Is instruction ``site`` a call of ``_thread.start_new_thread``?"""
    if site.name != "CALL":
        return False
    R = frame.R
    count = site.oparg
    function = R[site.stack(count + 2)]
    if function is NULL:
        function = R[site.stack(count + 1)]
    return getattr(function, "__name__", None) in ("start_new_thread", "start_new") and \
        getattr(getattr(function, "__self__", None), "__name__", None) == "_thread"
