"""The GIL: one interpreted thread runs bytecode at a time.

CPython has a *global interpreter lock*: a thread must hold it to run
bytecode, so only one thread runs Python code at any moment, even on a
machine with many cores. Threads still take turns: every *switch interval*
(``sys.getswitchinterval()``, 5 ms by default) a thread waiting for the GIL
asks the one holding it to let go, and the holder does so at its next
instruction. A thread that blocks (waiting for a lock, sleeping, reading a
socket) lets go before it blocks, so that the others can run meanwhile.

clearpy's VM has its own GIL with the same rules, for its interpreted
threads. As long as a program has one thread, there is no GIL at all and the
VM runs at full speed; when a second thread starts running interpreted code,
the VM is instrumented (``clearpy.tracing.instrumentation``) and every
instruction first asks the GIL whether it may run (``tick``).

    timed.py          the GIL of ``clearpy run``: switching every switch interval,
                      as CPython does
    deterministic.py  ``clearpy trace --switch-every N [--seed S]``: switching
                      every N instructions, in an order that the seed fixes, so
                      that a race between threads can be shown and replayed
    blocking.py       which calls block (lock.acquire, time.sleep, queue.get...),
                      and how each GIL lets other threads run meanwhile

docs/gil.md tells the story with real traces.
"""

import threading

from clearpy.tracing.observer import observer_of

_lock = threading.Lock()


def start_gil(interpreter) -> None:
    """A second thread runs interpreted code: from now on, one at a time.
    (The VM calls this; nothing happens if the GIL already runs.)"""
    with _lock:
        observer = observer_of(interpreter)
        if observer.gil is None:
            from clearpy.gil.timed import TimedGIL

            observer.gil = TimedGIL(interpreter)


def use_deterministic_gil(interpreter, every: int, seed: int | None = None) -> None:
    """Run the program's threads in turns of ``every`` instructions, in an
    order that ``seed`` fixes (round robin without one), from the start."""
    from clearpy.gil.deterministic import DeterministicGIL

    with _lock:
        observer = observer_of(interpreter)
        observer.gil = DeterministicGIL(interpreter, every, seed)


def thread_name(interpreter, ident: int) -> str:
    """The name the program gave a thread, read without running its code."""
    if ident == threading.main_thread().ident:
        return "MainThread"
    threading_module = interpreter.modules.get("threading")
    active = getattr(threading_module, "_active", None) if threading_module else None
    thread = active.get(ident) if isinstance(active, dict) else None
    name = getattr(thread, "__dict__", {}).get("_name") if thread is not None else None
    if isinstance(name, str):
        return name
    # Not known to the program's threading module (yet): name it by the order
    # in which threads first showed up, which does not change from run to run.
    with _lock:
        number = _ordinals.setdefault(ident, len(_ordinals) + 2)
    return f"(thread #{number})"


_ordinals = {}
