"""One run of a program, from start-up to exit status, as python3.12 does it.

Start-up: an interpreter that owns the process, with ``sys.argv`` and
``sys.path[0]`` set as CPython sets them. Then the program runs (a file,
``-c``, ``-m``, standard input or the interactive prompt). Then the exit:

- ``SystemExit`` gives the exit status (``sys.exit("message")`` prints the
  message and exits with 1);
- another uncaught exception is printed by ``sys.excepthook`` and the status
  is 1 (a ``KeyboardInterrupt`` ends the process with SIGINT, as CPython does);
- then, as in CPython's finalization: wait for non-daemon threads, run the
  ``atexit`` functions, flush ``sys.stdout`` and ``sys.stderr``.

An ``InternalError`` (a bug in clearpy) is reported as such, with where the
program was and where clearpy was, and exits with status 70.
"""

import os
import sys
import traceback

from clearpy.vm.errors import InternalError
from clearpy.vm.interpreter import Interpreter

INTERNAL_ERROR_EXIT_STATUS = 70


class Program:
    def __init__(self, options, compile_stage=None, cache_tag=None):
        self.options = options
        self.interpreter = None
        self.compile_stage = compile_stage
        self.cache_tag = cache_tag  # of the .pyc files (None: the compile stage's usual)

    def _path0(self) -> list[str]:
        options = self.options
        if options.isolated:
            return []
        if options.module is not None:
            return [os.getcwd()]
        if options.file not in (None, "-"):
            return [os.path.dirname(os.path.abspath(options.file))]
        return [""]

    def start(self) -> Interpreter:
        options = self.options
        path = self._path0() + list(sys.path[1:])
        interpreter = Interpreter(compile=self.compile_stage, argv=options.args, path=path,
                                  owns_process=True, cache_tag=self.cache_tag)
        namespace = interpreter.sys.__dict__
        namespace["warnoptions"] = list(options.warnoptions)
        namespace["_xoptions"] = dict(options.xoptions)
        from clearpy.vm.sys_module import flags_for_options

        flags = namespace["flags"] = flags_for_options(options.option_counts, options.xoptions)
        if flags.optimize != interpreter.optimize:
            # -O: assert statements and `if __debug__:` blocks are compiled out,
            # -OO docstrings too; the import system caches in .opt-N.pyc files.
            interpreter.optimize = flags.optimize
            interpreter.builtins_dict["__debug__"] = flags.optimize == 0
        if options.dont_write_bytecode:
            namespace["dont_write_bytecode"] = True
        self.interpreter = interpreter
        interpreter.install_host_hooks()
        if options.warnoptions:
            interpreter.import_module("warnings")
        # No gc.collect() here: clearpy's start-up leaves no cyclic garbage
        # (signal, whose enums did, is imported only when needed; a compile
        # leaves none, see tests/compiler/stages/test_no_cyclic_garbage.py),
        # so what the program's gc.collect() finds is the program's own.
        return interpreter

    def run(self) -> int:
        try:
            interpreter = self.start()
            status = self._run_program(interpreter)
        except InternalError as error:
            report_internal_error(error)
            return INTERNAL_ERROR_EXIT_STATUS
        return self._finish(status)

    def _run_program(self, interpreter) -> int:
        from clearpy.vm import main_module

        options = self.options
        has_program = (options.command is not None or options.module is not None
                       or options.file not in (None, "-"))
        prompt_only = not has_program and (options.inspect or sys.stdin.isatty())
        status = 0
        if not prompt_only:
            try:
                if options.command is not None:
                    main_module.run_source(interpreter, options.command, "<string>")
                elif options.module is not None:
                    main_module.run_module(interpreter, options.module)
                elif options.file not in (None, "-"):
                    main_module.run_file(interpreter, options.file)
                else:
                    main_module.run_source(interpreter, sys.stdin.buffer.read()
                                           if hasattr(sys.stdin, "buffer") else sys.stdin.read(),
                                           "<stdin>")
            except InternalError:
                raise
            except SystemExit as exit_:
                if not options.inspect:
                    return self.system_exit_status(exit_)
                # With -i, even SystemExit is only reported: the prompt comes next.
                self.uncaught(exit_)
            except BaseException as error:
                status = self.uncaught(error)
            if not options.inspect:
                return status
            self.killed_by_interrupt = False
        # No program at a terminal, -i, or -i after the program: the prompt.
        from clearpy.vm.interactive import interact

        try:
            if has_program:
                return interact(interpreter, quiet=True, main=interpreter.modules.get("__main__"))
            ignores_environment = options.isolated or "E" in options.option_counts
            return interact(interpreter, quiet=options.quiet, startup=not ignores_environment)
        except InternalError:
            raise
        except SystemExit as exit_:
            return self.system_exit_status(exit_)

    def system_exit_status(self, exit_: SystemExit) -> int:
        """The exit status of ``SystemExit`` (CPython's _Py_HandleSystemExit)."""
        code = exit_.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code & 0xFF if code >= 0 else code & 0xFF
        stderr = self.interpreter.sys.__dict__.get("stderr")
        if stderr is not None:
            try:
                stderr.write(str(code))
                stderr.write("\n")
            except Exception:
                pass
        return 1

    def uncaught(self, error: BaseException) -> int:
        """Print an exception nobody caught (through sys.excepthook) and choose the status."""
        try:
            display_uncaught(self.interpreter, error)
        except SystemExit as exit_:
            return self.system_exit_status(exit_)
        if isinstance(error, KeyboardInterrupt):
            self.killed_by_interrupt = True
        return 1

    killed_by_interrupt = False

    def _finish(self, status: int) -> int:
        """Finalization: threads, atexit, flushing the standard streams."""
        interpreter = self.interpreter
        try:
            interpreter.shutdown()
        except InternalError as error:
            report_internal_error(error)
            return INTERNAL_ERROR_EXIT_STATUS
        if not flush_std_streams(interpreter) and status == 0:
            status = 120
        if self.killed_by_interrupt:
            # Imported here, not at start-up: importing signal leaves a little
            # cyclic garbage (the enum classes it makes and drops), which the
            # program's first gc.collect() would find.
            import signal

            sys.stdout.flush()
            sys.stderr.flush()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
        return status


def display_uncaught(interpreter, error: BaseException) -> None:
    """Keep ``error`` in ``sys.last_exc`` (and ``last_type``...) and print it
    through ``sys.excepthook`` (CPython's PyErr_Print). A ``SystemExit``
    raised by the hook itself travels on."""
    namespace = interpreter.sys.__dict__
    namespace["last_exc"] = namespace["last_value"] = error
    namespace["last_type"] = type(error)
    namespace["last_traceback"] = error.__traceback__
    from clearpy.vm.hooks import print_exception
    from clearpy.vm.tracebacks import clean_all

    clean_all(error)
    hook = namespace.get("excepthook")
    try:
        if hook is None:
            raise RuntimeError("lost sys.excepthook")
        hook(type(error), error, error.__traceback__)
    except (SystemExit, InternalError):
        raise
    except BaseException as hook_error:
        stderr = namespace.get("stderr")
        if stderr is not None:
            stderr.write("Error in sys.excepthook:\n")
            print_exception(interpreter, hook_error)
            stderr.write("\nOriginal exception was:\n")
            print_exception(interpreter, error)


def flush_std_streams(interpreter) -> bool:
    """Flush the program's stdout and stderr; False if stdout could not be flushed."""
    namespace = interpreter.sys.__dict__
    ok = True
    for name in ("stdout", "stderr"):
        stream = namespace.get(name)
        if stream is None:
            continue
        try:
            stream.flush()
        except Exception as error:
            if name == "stdout":
                ok = False
                from clearpy.vm.hooks import write_unraisable
                write_unraisable(interpreter, error, None,
                                 f"Exception ignored on flushing sys.{name}")
    return ok


def report_internal_error(error: InternalError) -> None:
    """Say plainly that clearpy failed, where the program was, and where clearpy was."""
    out = sys.__stderr__
    print("clearpy: internal error (a bug in clearpy, not in your program)", file=out)
    if error.program_stack:
        print("The program was here (most recent call last):", file=out)
        for line in error.program_stack:
            print(line, file=out)
    print("clearpy was here:", file=out)
    traceback.print_exception(error, file=out)
