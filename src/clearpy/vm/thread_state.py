"""Per-thread state of the VM: which frame is running, and which exception is handled.

Every host thread that runs interpreted code has one ``ThreadState`` per
interpreter, as CPython has one ``PyThreadState`` per thread:

- ``current``: the interpreted frame that is running now (the top of the
  thread's frame stack). ``sys._getframe()`` starts from it; a new frame's
  ``f_back`` is the frame that was current when it started.
- ``exc_info``: the exception being *handled* (inside an ``except`` block).
  It is a chain, as in CPython: a generator carries its own link, pushed while
  it runs, so that an exception handled inside a generator does not leak out
  of it. ``sys.exc_info()`` and ``sys.exception()`` read it, and a newly raised
  exception gets it as its ``__context__``.
- ``propagating`` and friends: notes the eval loop leaves itself while an
  exception travels from a frame to its caller (see ``eval_loop.unwind``).
"""


class ExcInfo:
    """One link of the handled-exception chain (CPython's ``_PyErr_StackItem``)."""

    __slots__ = ("value", "previous")

    def __init__(self, value=None, previous=None):
        self.value = value          # the exception being handled, or None
        self.previous = previous    # the link below, or None


class ThreadState:
    """What one host thread is doing in one interpreter."""

    def __init__(self, interpreter, thread_id: int):
        self.interpreter = interpreter
        self.thread_id = thread_id
        self.current = None            # the running interpreted frame
        self.exc_info = ExcInfo()
        self.propagating = None        # (id of exception, id of its traceback) a frame passes up
        self.async_gen_firstiter = None
        self.async_gen_finalizer = None
        self.coroutine_origin_depth = 0
        self.recursion_limit = interpreter.recursion_limit   # kept equal by the interpreter
        # sys.settrace and sys.setprofile (clearpy.tracing.sys_trace): this
        # thread's functions, whether one of them is running now (nothing is
        # traced then), and the event it was called for.
        self.trace_function = None
        self.profile_function = None
        self.tracing = 0
        self.trace_event = None

    def handled_exception(self):
        """The exception being handled now, or None (``sys.exception()``)."""
        info = self.exc_info
        while info.value is None and info.previous is not None:
            info = info.previous
        return info.value

    def depth(self) -> int:
        """How many interpreted frames this thread has on its stack."""
        frame = self.current
        return frame.depth if frame is not None else 0
