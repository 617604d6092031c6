"""Frames: one running (or suspended) execution of a code object.

Every call of a function gets a new frame. A frame holds:

- ``R``, the *registers*: the function's local variables, its cells, and then
  its value stack, all in one list (see ``code.VMCode``). An empty register
  holds ``NULL``;
- ``globals`` and ``builtins``, the dictionaries names are looked up in, and
  ``locals``, the namespace mapping of a module or class body (``None`` for a
  function, whose locals live in registers);
- ``back``, the frame that was running when this one started (``f_back``);
- ``pc``, the index of the instruction where the frame stands when it is not
  running: where a generator will resume, which call a caller is waiting on.

The attributes Python programs read (``f_back``, ``f_code``, ``f_lineno``,
``f_locals``...) are properties below, so that ``sys._getframe()``,
``inspect`` and ``traceback`` work on interpreted frames.
"""

from clearpy.vm.code import CO_OPTIMIZED
from clearpy.vm.null import NULL

# The cells of a class body that are not comprehension variables.
_CLASS_CELLS = frozenset({"__class__", "__classdict__"})


class _NamespaceOfFunctionFrame:
    """A frame's ``locals`` when none was given to it (module and class bodies
    set theirs): ``None`` for a function, whose local variables live in
    registers; but code that is not a function's, called as a function
    (``types.FunctionType(compile(source, ...), globals)``), looks its names up
    in the globals, as CPython's ``_PyFunction_Vectorcall`` gives it.

    A descriptor without ``__set__``, so that a namespace set on the frame
    takes its place and is read at the usual speed.
    """

    def __get__(self, frame, owner=None):
        if frame is None:
            return self
        if frame.code.flags & CO_OPTIMIZED:
            return None
        return frame.globals


class Frame:
    """An interpreted frame (``types.FrameType`` as interpreted programs see it)."""

    # Rarely used attributes start at their class default, so that creating a
    # frame (once per call) only sets what every frame needs.
    locals = _NamespaceOfFunctionFrame()   # namespace mapping of module and class bodies
    carrier = None         # the host frame that stands for this one in tracebacks
    locals_dict = None     # the dict f_locals returns for a function frame
    generator = None       # weak reference to the generator/coroutine this frame belongs to
    reraising = False      # set by RERAISE: re-raise without a new traceback entry
    reraise_index = None   # the instruction a RERAISE restores as the frame's position
    result = None          # the value returned or yielded
    pc = 0                 # a new frame starts at its first instruction
    # sys.settrace (clearpy.tracing.sys_trace): the frame's local trace function
    # (f_trace), whether it wants 'line' and 'opcode' events, and the
    # instruction the frame ran last while traced (a new line starts when it
    # was on another line).
    local_trace = None
    f_trace_lines = True
    trace_opcodes = False
    traced_previous = None
    returned_value = None  # a generator's return value, while sys.settrace needs it
    jump_target = None     # the instruction a trace function's f_lineno jump goes to
    trace_position = None  # where the frame says it is during a trace call, if not where it runs

    # (calls.call_function makes frames without __init__: keep the two alike.)
    def __init__(self, code, R, globals, builtins, back, ts, depth):
        self.code = code            # the VMCode being run
        self.R = R
        self.globals = globals
        self.builtins = builtins
        self.back = back
        self.ts = ts
        self.depth = depth          # how many frames deep this one is (recursion limit)

    # -- what Python programs see --------------------------------------------------

    @property
    def f_back(self):
        return self.back

    @property
    def f_code(self):
        return self.code.co

    @property
    def f_globals(self):
        return self.globals

    @property
    def f_builtins(self):
        return self.builtins

    def position(self) -> int:
        """The index of the instruction the frame is at now.

        ``self.pc`` is exact for a frame that is not running. For a running
        frame the truth is the ``pc`` variable of the eval loop running it,
        which clearpy does not copy into the frame at every instruction (that
        would cost time on every instruction to save it for the rare moment
        someone looks): it is read from the host frame of that loop instead.
        """
        if self.trace_position is not None:
            return self.trace_position
        if self._is_executing():
            live = _live_position(self)
            if live is not None:
                return live
        return self.pc

    @property
    def f_lasti(self) -> int:
        return self.code.offset_of(self.position())

    @property
    def f_lineno(self):
        return self.code.line_of(self.position())

    @f_lineno.setter
    def f_lineno(self, line):
        from clearpy.vm.frame_jump import jump_to_line

        jump_to_line(self, line)

    @property
    def f_locals(self):
        return self.fast_to_locals(include_hidden=True)

    @property
    def f_trace(self):
        """The local trace function: what sys.settrace's events for this frame
        go to (see clearpy.tracing.sys_trace)."""
        return self.local_trace

    @f_trace.setter
    def f_trace(self, function):
        self.local_trace = function

    @f_trace.deleter
    def f_trace(self):
        self.local_trace = None

    @property
    def f_trace_opcodes(self):
        """Does the frame's trace function want an 'opcode' event per instruction?"""
        return self.trace_opcodes

    @f_trace_opcodes.setter
    def f_trace_opcodes(self, value):
        if not isinstance(value, bool):
            raise TypeError("attribute value type must be bool")
        self.trace_opcodes = value
        if value and self.ts is not None:
            # As CPython 3.12.1: 'opcode' events are switched on for the
            # interpreter by the next sys.settrace() call after this.
            self.ts.interpreter.opcode_trace_set = True

    def clear(self) -> None:
        """``frame.clear()``: drop the frame's local variables."""
        generator = self.generator() if self.generator is not None else None
        if generator is not None:
            if generator._state == "running":
                raise RuntimeError("cannot clear an executing frame")
            # Finalized as if freed (a coroutine never awaited says so), and
            # then over: its frame is gone.
            generator._finalize()
            generator._state = "finished"
        elif self.ts is not None and self._is_executing():
            raise RuntimeError("cannot clear an executing frame")
        for index in range(len(self.R)):
            self.R[index] = NULL
        self.locals_dict = None

    def _is_executing(self) -> bool:
        if self.ts is None:
            return False
        frame = self.ts.current
        while frame is not None:
            if frame is self:
                return True
            frame = frame.back
        return False

    # -- locals ---------------------------------------------------------------

    def fast_to_locals(self, include_hidden: bool = False):
        """The frame's variables as a mapping (``f_locals``; ``locals()`` with
        ``include_hidden``).

        A module or class body's locals *are* a mapping. A function keeps its
        variables in registers, so, as CPython 3.12 does, this copies their
        current values into one dict that belongs to the frame (the same dict
        every time) and returns it.

        A module or class body can have register variables too: those of a
        comprehension inlined into it (PEP 709). They are "hidden": they never
        go into the namespace; ``locals()`` shows them in a copy.
        """
        code = self.code
        optimized = code.flags & CO_OPTIMIZED
        if not optimized and self.locals is not None:
            mapping = self.locals
            if code.nlocalsplus == 0:
                return mapping
        else:
            mapping = self.locals_dict
            if mapping is None:
                mapping = self.locals_dict = {}
        hidden = {}
        R = self.R
        names = code.localsplus_names
        for index in range(code.nlocalsplus):
            is_free = index >= code.free_start
            if is_free and not optimized:
                continue
            name = names[index]
            value = R[index]
            if value is not NULL and (is_free or (name in code.cell_names and self._cell_made(index))):
                try:
                    value = value.cell_contents
                except ValueError:
                    value = NULL
            if not optimized and name not in _CLASS_CELLS:
                if value is not NULL:
                    hidden[name] = value
                continue
            if value is NULL:
                try:
                    del mapping[name]
                except KeyError:
                    pass
            else:
                mapping[name] = value
        if include_hidden and hidden:
            return {**mapping, **hidden}
        return mapping

    def locals_to_fast(self) -> None:
        """Copy ``f_locals`` back into the registers of a function frame (what
        CPython does after calling a trace function, so that a debugger can
        change a variable: ``!x = 5`` in pdb). A variable taken out of the
        dict becomes None, as in CPython, which cannot unbind it."""
        mapping = self.locals_dict
        code = self.code
        if mapping is None or not code.flags & CO_OPTIMIZED:
            return
        R = self.R
        names = code.localsplus_names
        missing = NULL
        for index in range(code.nlocalsplus):
            name = names[index]
            value = mapping.get(name, missing)
            old = R[index]
            if index >= code.free_start or (name in code.cell_names and self._cell_made(index)):
                if old is NULL:
                    continue
                try:
                    current = old.cell_contents
                except ValueError:
                    current = NULL
                if value is not current:
                    if value is NULL:
                        del old.cell_contents
                    else:
                        old.cell_contents = value
            elif value is not old:
                R[index] = None if value is NULL else value

    def _cell_made(self, index: int) -> bool:
        """Has MAKE_CELL already turned register ``index`` into a cell?"""
        import types

        value = self.R[index]
        if not isinstance(value, types.CellType):
            return False
        # A cell that is also an argument holds the argument's value until
        # MAKE_CELL runs, and the argument itself could be a cell object.
        return self.pc > self.code.cell_setup_end or index >= self.code.nlocals

    def __repr__(self) -> str:
        co = self.code.co
        return f"<frame at {id(self):#x}, file {co.co_filename!r}, line {self.f_lineno}, code {co.co_name}>"


# Interpreted programs see this class as ``types.FrameType``.
Frame.__name__ = Frame.__qualname__ = "frame"
Frame.__module__ = "builtins"


def _live_position(frame):
    """The ``pc`` of the eval loop running ``frame``, from the host's frames."""
    import sys

    from clearpy.vm.eval_loop import execute
    from clearpy.vm.fused_positions import live_block_position

    loop_code = execute.__code__
    host = sys._getframe(1)
    while host is not None:
        inside_block = live_block_position(host, frame)   # a fused block (vm/fusion.py)
        if inside_block is not None:
            return inside_block
        if host.f_code is loop_code:
            variables = host.f_locals
            if variables.get("frame") is frame:
                pc = variables.get("pc")
                if isinstance(pc, int) and pc >= 0:
                    return pc
                return None
        host = host.f_back
    return None
