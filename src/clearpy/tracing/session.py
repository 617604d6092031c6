"""Running a program under the tracer.

A traced run is a normal ``clearpy run`` (``clearpy.vm.program.Program``:
same ``sys.argv``, same ``__main__``, same exit status), with three
differences:

- an observer with a tracer is attached to the interpreter as soon as it
  exists, before the program's first instruction;
- the program's ``sys.stdout`` and ``sys.stderr`` are captured into the trace
  as ``output`` events (``ProgramOutput``), so that the trace shows what the
  program printed, where it printed it;
- when the trace reaches its step limit, the program is stopped (see
  ``tracer.StepLimitReached``) and the run ends normally.
"""

import io
import linecache
import os
import sys
from dataclasses import dataclass, field

from clearpy.tracing.observer import observer_of, remove_observer
from clearpy.tracing.tracer import StepLimitReached, Tracer
from clearpy.vm.program import Program


class ProgramOutput(io.TextIOBase):
    """A text stream for the program that turns what it writes into events,
    one event per line (what is left of a line is sent when flushed)."""

    def __init__(self, stream: str, tracer, encoding: str = "utf-8", keep: list | None = None):
        super().__init__()
        self.stream = stream
        self.tracer = tracer
        self._encoding = encoding
        self._pending = ""
        self.keep = keep           # a list that also receives everything written

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return "strict"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self.keep is not None:
            self.keep.append(text)
        pending = self._pending + text
        cut = pending.rfind("\n") + 1
        if cut:
            self.tracer.output(self.stream, pending[:cut])
            pending = pending[cut:]
        self._pending = pending
        return len(text)

    def flush(self) -> None:
        if self._pending:
            text, self._pending = self._pending, ""
            self.tracer.output(self.stream, text)


def program_scope(options):
    """Which files are the program's: the script and its directory (not the
    standard library or installed packages), or the -c code."""
    excluded = {os.path.realpath(path) for path in
                (sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(os.__file__))}
    if options.command is not None:
        return lambda filename: filename == "<string>"
    if options.file in (None, "-"):
        return lambda filename: filename == "<stdin>"
    directory = os.path.dirname(os.path.realpath(options.file))
    main_file = os.path.abspath(options.file)

    def scope(filename: str) -> bool:
        if filename == main_file:
            return True
        if not os.path.isabs(filename):     # "<frozen importlib._bootstrap>", "<string>"...
            return False
        real = os.path.realpath(filename)
        if not real.startswith(directory + os.sep):
            return False
        return not any(real.startswith(prefix + os.sep) for prefix in excluded
                       if not directory.startswith(prefix))
    return scope


@dataclass
class TraceSettings:
    level: str = "line"
    functions: list = field(default_factory=list)
    max_steps: int | None = None
    everything: bool = False          # trace the standard library too
    predict_collections: bool = False  # clearpy's prediction at each collection (costly)
    switch_every: int | None = None   # the GIL's deterministic mode
    seed: int | None = None
    capture_output: bool = True


class TracedProgram(Program):
    """``Program`` with a tracer attached from the first instruction on."""

    def __init__(self, options, sinks: list, settings: TraceSettings, compile_stage=None):
        super().__init__(options, compile_stage)
        self.sinks = sinks
        self.settings = settings
        self.tracer = None
        self.output = []              # everything the program wrote to stdout
        self.stopped = False

    def start(self):
        interpreter = super().start()
        settings = self.settings
        scope = (lambda filename: True) if settings.everything else program_scope(self.options)
        self.tracer = Tracer(interpreter, self.sinks, scope=scope, level=settings.level,
                             functions=settings.functions or None, max_steps=settings.max_steps,
                             predict_collections=settings.predict_collections)
        if self.options.command is not None:
            _remember_source("<string>", self.options.command)
        if settings.capture_output:
            namespace = interpreter.sys.__dict__
            self._streams = {name: namespace.get(name) for name in ("stdout", "stderr")}
            namespace["stdout"] = ProgramOutput("stdout", self.tracer, keep=self.output)
            namespace["stderr"] = ProgramOutput("stderr", self.tracer)
        if settings.switch_every is not None:
            from clearpy.gil import use_deterministic_gil

            use_deterministic_gil(interpreter, settings.switch_every, settings.seed)
        observer = observer_of(interpreter)
        observer.tracer = self.tracer
        program = self.options.file or self.options.command or self.options.module
        self.tracer.start({"program": program, "argv": list(self.options.args),
                           "level": settings.level})
        return interpreter

    def uncaught(self, error):
        if isinstance(error, StepLimitReached):
            self.stopped = True
            return 0
        return super().uncaught(error)

    def run(self) -> int:
        try:
            status = super().run()
        finally:
            interpreter = self.interpreter
            if interpreter is not None and interpreter.observer is not None:
                interpreter.observer.tracer = None
                remove_observer(interpreter)
        if self.tracer is not None:
            self.tracer.finish({"exit_status": status})
        if self._streams:
            # Whatever runs after the trace (finalizers at exit) writes where
            # the program would have written without it.
            self.interpreter.sys.__dict__.update(self._streams)
        return status

    _streams = None


def _remember_source(filename: str, source: str) -> None:
    """Let linecache find the source of code that has no file (-c)."""
    lines = source.splitlines(keepends=True)
    linecache.cache[filename] = (len(source), None, lines, filename)


def trace_program(argv: list, sinks: list, settings: TraceSettings | None = None) -> TracedProgram:
    """Run ``argv`` (as for ``clearpy run``: FILE ARGS, or -c CODE) under a
    tracer with ``sinks``; return the finished TracedProgram (its ``status``)."""
    from clearpy.commands.run import compile_stage, parse

    options = parse(list(argv))
    if isinstance(options, int):
        raise ValueError("not a program to run")
    program = TracedProgram(options, sinks, settings or TraceSettings(),
                            compile_stage(options.compiler))
    program.status = program.run()
    return program
