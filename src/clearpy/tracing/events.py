"""The events of a trace, and what each carries.

They follow the events CPython 3.12 itself can report (``sys.monitoring``,
PEP 669), so that what clearpy shows is what CPython does:

=============  ============================  ===================================
clearpy        sys.monitoring                when
=============  ============================  ===================================
call           PY_START                      a function's frame starts (its RESUME)
resume         PY_RESUME                     a generator or coroutine continues
line           LINE                          an instruction starts a new line
instruction    INSTRUCTION                   an instruction runs (with the value
                                             stack before, and after when done)
return         PY_RETURN                     a frame returns a value
yield          PY_YIELD                      a generator hands out a value
exception      RAISE / RERAISE               an instruction raised an exception
handled        EXCEPTION_HANDLED             a handler of the frame catches it
unwind         PY_UNWIND                     the exception leaves the frame
import         (none)                        an ``import`` statement ran
thread_switch  (none)                        the GIL passes to another thread
gc             (gc.callbacks)                the cycle collector ran
death          (weakref callbacks)           an object of the program was freed
unreachable    (none)                        objects of the program became garbage
                                             that only the cycle collector can free
output         (none)                        the program wrote to stdout/stderr
start, end     (none)                        the program starts, and ends
=============  ============================  ===================================

A *step* is an event a reader steps through: a ``line`` event at line level,
an ``instruction`` event at instruction level. Steps can carry the state of
the program (frames and heap) when a sink asks for it.
"""

from dataclasses import dataclass, field

CALL, RESUME, LINE, INSTRUCTION = "call", "resume", "line", "instruction"
RETURN, YIELD = "return", "yield"
EXCEPTION, HANDLED, UNWIND = "exception", "handled", "unwind"
IMPORT, THREAD_SWITCH, GC, DEATH, OUTPUT = "import", "thread_switch", "gc", "death", "output"
UNREACHABLE = "unreachable"
START, END = "start", "end"

KINDS = (START, CALL, RESUME, LINE, INSTRUCTION, RETURN, YIELD, EXCEPTION, HANDLED, UNWIND,
         IMPORT, THREAD_SWITCH, GC, DEATH, UNREACHABLE, OUTPUT, END)

# The two levels of a trace, and which event kind is a step at each.
LEVELS = {"line": LINE, "instruction": INSTRUCTION}


@dataclass(slots=True)
class Event:
    """One thing that happened.

    ``number`` counts every event of the trace (1, 2, 3...) in the order they
    started. ``frame`` is the key of the frame it happened in (None for
    events of the whole program: gc, death, output...). ``details`` holds what
    is particular to the kind (see docs/tracing.md).
    """

    kind: str
    number: int
    thread: str
    frame: int | None = None
    function: str | None = None
    filename: str | None = None
    line: int | None = None
    offset: int | None = None
    details: dict = field(default_factory=dict)
    state: dict | None = None     # frames and heap, for steps, when a sink asked
    step: int | None = None       # for steps: 1, 2, 3...
