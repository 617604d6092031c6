"""The default hooks of the interpreted ``sys``: displayhook, excepthook,
breakpointhook and unraisablehook, and the printing of an uncaught exception.

They behave as CPython's built-in ones, but use the *interpreted* ``sys``:
its ``stdout``, ``stderr`` and ``builtins``.
"""

import os
import types
import sys as host_sys
import traceback as host_traceback

from clearpy.vm.tracebacks import clean_all


def print_exception(interpreter, exc: BaseException, file=None) -> None:
    """Print ``exc`` and its traceback as CPython's ``sys.excepthook`` does."""
    clean_all(exc)
    if file is None:
        file = interpreter.sys.__dict__.get("stderr")
    if file is None:
        return
    # CPython's own printer (PyErr_Display, in C) writes to the host's
    # sys.stderr, and differs from the traceback module in corner cases (a
    # SyntaxError whose end_offset is before its offset, say): lend it the
    # interpreted program's stderr while it prints.
    host_stderr = host_sys.stderr
    host_sys.stderr = file
    try:
        host_sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        host_sys.stderr = host_stderr


def make_excepthook(interpreter):
    def excepthook(exctype, value, traceback, /):
        """Handle an exception by displaying it with a traceback on sys.stderr."""
        if isinstance(value, BaseException):
            if traceback is not value.__traceback__:
                value = value.with_traceback(traceback)
            print_exception(interpreter, value)
        else:
            file = interpreter.sys.__dict__.get("stderr")
            if file is not None:
                file.write(f"TypeError: print_exception(): Exception expected for value, "
                           f"{type(value).__name__} found\n")
    return excepthook


def make_displayhook(interpreter):
    def displayhook(object, /):
        """Print an object to sys.stdout and also save it in builtins._"""
        if object is None:
            return
        builtins = interpreter.builtins_dict
        builtins["_"] = None
        stdout = interpreter.sys.__dict__.get("stdout")
        if stdout is None:
            raise RuntimeError("lost sys.stdout")
        text = repr(object)
        try:
            stdout.write(text)
        except UnicodeEncodeError:
            encoding = getattr(stdout, "encoding", None) or "utf-8"
            data = text.encode(encoding, "backslashreplace")
            buffer = getattr(stdout, "buffer", None)
            if buffer is not None:
                buffer.write(data)
            else:
                stdout.write(data.decode(encoding, "strict"))
        stdout.write("\n")
        builtins["_"] = object
    return displayhook


def make_breakpointhook(interpreter):
    def breakpointhook(*args, **kwargs):
        """Call the debugger named by PYTHONBREAKPOINT (pdb.set_trace by default)."""
        hook_name = os.environ.get("PYTHONBREAKPOINT")
        if hook_name is None or not hook_name:
            hook_name = "pdb.set_trace"
        elif hook_name == "0":
            return None
        if "." not in hook_name:
            module_name, attribute = "builtins", hook_name   # PYTHONBREAKPOINT=int
        else:
            module_name, _, attribute = hook_name.rpartition(".")
        try:
            if not module_name:   # ".int": a leading dot is not a module
                raise ImportError(hook_name)
            module = interpreter.import_module(module_name)
            hook = getattr(module, attribute)
        except (ImportError, AttributeError):
            import warnings
            warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{hook_name}"',
                          RuntimeWarning)
            return None
        return hook(*args, **kwargs)
    return breakpointhook


def make_unraisablehook(interpreter):
    def unraisablehook(unraisable, /):
        """Print an exception that could not be raised (in __del__, a callback...)."""
        file = interpreter.sys.__dict__.get("stderr")
        if file is None:
            return
        exc_type = unraisable.exc_type
        exc_value = unraisable.exc_value
        if unraisable.object is not None:
            message = unraisable.err_msg or "Exception ignored in"
            try:
                described = repr(unraisable.object)
            except Exception:
                described = "<object repr() failed>"
            file.write(f"{message}: {described}\n")
        elif unraisable.err_msg is not None:
            file.write(f"{unraisable.err_msg}:\n")
        if isinstance(exc_value, BaseException):
            clean_all(exc_value)
            traceback = unraisable.exc_traceback
            if traceback is not None and traceback is not exc_value.__traceback__:
                from clearpy.vm.tracebacks import strip_internal_entries
                traceback = strip_internal_entries(traceback)
            if traceback is not None:
                file.write("Traceback (most recent call last):\n")
                for line in host_traceback.format_tb(traceback):
                    file.write(line)
        if exc_type is None:
            return
        name = exc_type.__qualname__
        module = exc_type.__module__
        if module not in (None, "builtins", "__main__"):
            name = f"{module}.{name}"
        if exc_value is None:
            file.write(f"{name}\n")
            return
        try:
            text = str(exc_value)
        except Exception:
            text = "<exception str() failed>"
        file.write(f"{name}: {text}\n" if text else f"{name}\n")
        file.flush()
    return unraisablehook


class UnraisableHookArgs:
    """What ``sys.unraisablehook`` receives (the fields of CPython's structseq)."""

    def __init__(self, error, obj, message=None, traceback=None):
        self.exc_type = type(error)
        self.exc_value = error
        self.exc_traceback = traceback if traceback is not None else error.__traceback__
        self.err_msg = message
        self.object = obj


def write_unraisable(interpreter, error, obj, message=None):
    """Report an exception nobody can catch (in ``__del__``, a finalizer...)
    through the interpreted ``sys.unraisablehook``."""
    clean_all(error)
    traceback = error.__traceback__
    if traceback is None:
        # As CPython does: an exception without a traceback gets one for the
        # interpreted frame that is running.
        frame = interpreter.thread_state().current
        if frame is not None:
            from clearpy.vm.tracebacks import carrier_of
            index = frame.position()
            line = frame.code.line_of(index)
            traceback = types.TracebackType(None, carrier_of(frame), frame.code.offset_of(index),
                                            line if line is not None else -1)
    arguments = UnraisableHookArgs(error, obj, message, traceback)
    hook = interpreter.sys.__dict__.get("unraisablehook")
    try:
        if hook is not None:
            hook(arguments)
            return
    except BaseException:
        pass
    make_unraisablehook(interpreter)(arguments)
