"""The ``builtins`` module that interpreted programs see.

Most built-in functions work on values and nothing else (``len``, ``abs``,
``sorted``...): interpreted programs use the host's. A few need to know
which *interpreted* frame called them, or which interpreter they run in:

- ``globals()``, ``locals()``, ``vars()``, ``dir()`` look at the caller's frame;
- ``exec()``, ``eval()`` and ``compile()`` compile with the interpreter's
  compile stage (CPython's ``compile()`` or clearpy's) and inherit the
  caller's ``from __future__`` flags;
- ``print()`` and ``input()`` use the interpreted ``sys.stdout``/``sys.stdin``;
- ``super()`` without arguments finds the caller's ``__class__`` and ``self``;
- ``__import__`` is clearpy's import system, ``__build_class__`` clearpy's
  class builder, ``breakpoint()`` calls the interpreted ``sys.breakpointhook``.

Those are replaced here by functions of this module.
"""

import builtins as host_builtins
import sys as host_sys
import types

from clearpy.vm.code import CO_FUTURE_FLAGS
from clearpy.vm.null import NULL

_host_super = host_builtins.super
_host_print = host_builtins.print
_MISSING = object()

PyCF_ONLY_AST = 0x0400
PyCF_MASK = CO_FUTURE_FLAGS


class BuiltinFunction:
    """A built-in function written in Python for interpreted programs.

    Like CPython's built-in functions (and unlike Python functions) it does
    not bind as a method when stored in a class.
    """

    __slots__ = ("function", "__name__", "__qualname__", "__self__")

    def __init__(self, function, module):
        self.function = function
        self.__name__ = self.__qualname__ = function.__name__
        self.__self__ = module

    @property
    def __doc__(self):
        return self.function.__doc__

    def __call__(self, /, *args, **kwargs):
        return self.function(*args, **kwargs)

    @property
    def __module__(self):
        return "builtins"

    @property
    def __class__(self):
        """What ``isinstance`` sees (it asks ``__class__`` when ``type()`` does
        not match): a built-in function, so that ``inspect.isbuiltin(dir)``
        and ``typing.get_type_hints(dir)`` treat it as they do under CPython."""
        return types.BuiltinFunctionType

    @property
    def __text_signature__(self):
        return getattr(getattr(host_builtins, self.__name__, None), "__text_signature__", None)

    def __repr__(self):
        return f"<built-in function {self.__name__}>"

    def __rshift__(self, other):
        """``print >> file``, Python 2's print statement: CPython's TypeError
        then says what to write instead, which the host's own print gives."""
        if self.__name__ != "print":
            return NotImplemented
        reflected = getattr(type(other), "__rrshift__", None)
        if reflected is not None:
            result = reflected(other, self)
            if result is not NotImplemented:
                return result
        return _host_print >> other

    def __reduce__(self):
        return self.__name__


# type(print).__name__, as in CPython.
BuiltinFunction.__name__ = BuiltinFunction.__qualname__ = "builtin_function_or_method"


def make_builtins_module(interpreter) -> types.ModuleType:
    module = types.ModuleType("builtins", host_builtins.__doc__)
    namespace = module.__dict__
    namespace.update(vars(host_builtins))
    namespace["__name__"] = "builtins"
    for name in ("__spec__", "__loader__", "_"):
        namespace.pop(name, None)
    functions = _make_functions(interpreter)
    for name, function in functions.items():
        function.__name__ = function.__qualname__ = name
        namespace[name] = BuiltinFunction(function, module)
    namespace["super"] = make_super(interpreter)
    return module


def caller_frame(interpreter):
    """The interpreted frame that called the built-in function now running."""
    return interpreter.thread_state().current


def _make_functions(interpreter):
    def globals_():
        """Return the dictionary containing the current scope's global variables."""
        frame = caller_frame(interpreter)
        return frame.globals if frame is not None else None

    def locals_():
        """Return a dictionary containing the current scope's local variables."""
        frame = caller_frame(interpreter)
        if frame is None:
            raise SystemError("frame does not exist")
        return frame.fast_to_locals(include_hidden=True)

    def vars_(*args):
        """vars([object]) -> dictionary"""
        if len(args) > 1:
            raise TypeError(f"vars expected at most 1 argument, got {len(args)}")
        if not args:
            return locals_()
        try:
            return args[0].__dict__
        except AttributeError:
            raise TypeError("vars() argument must have __dict__ attribute") from None

    def dir_(*args):
        """dir([object]) -> list of strings"""
        if len(args) > 1:
            raise TypeError(f"dir expected at most 1 argument, got {len(args)}")
        if args:
            return host_builtins.dir(args[0])
        names = locals_().keys()
        names = list(names) if not isinstance(names, list) else names
        names.sort()
        return names

    def print_(*args, sep=" ", end="\n", file=None, flush=False):
        """Prints the values to a stream, or to sys.stdout by default."""
        if file is None:
            file = interpreter.sys.__dict__.get("stdout", _MISSING)
            if file is _MISSING:
                raise RuntimeError("lost sys.stdout")
            if file is None:
                return None
        _host_print(*args, sep=sep, end=end, file=file, flush=flush)

    def input_(prompt=_MISSING, /):
        """Read a string from standard input.  The trailing newline is stripped."""
        namespace = interpreter.sys.__dict__
        stdin, stdout = namespace.get("stdin"), namespace.get("stdout")
        stderr = namespace.get("stderr")
        if stdin is None:
            raise RuntimeError("input(): lost sys.stdin")
        if stdout is None:
            raise RuntimeError("input(): lost sys.stdout")
        if stderr is None:
            raise RuntimeError("input(): lost sys.stderr")
        if (stdin is host_sys.stdin and stdout is host_sys.stdout
                and host_sys.stdin is not None and stdin.isatty()):
            # The terminal: the host's input() gives line editing and history.
            return host_builtins.input() if prompt is _MISSING else host_builtins.input(prompt)
        if stderr is not None:
            try:
                stderr.flush()
            except Exception:
                pass
        if prompt is not _MISSING:
            stdout.write(str(prompt))
        try:
            stdout.flush()
        except Exception:
            pass
        line = stdin.readline()
        if not isinstance(line, str):
            raise TypeError(f"object.readline() returned non-string")
        if not line:
            raise EOFError("EOF when reading a line")
        return line[:-1] if line.endswith("\n") else line

    def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
                 _feature_version=-1):
        """Compile source into a code object (with the interpreter's compile stage)."""
        if not dont_inherit:
            frame = caller_frame(interpreter)
            if frame is not None:
                flags |= frame.code.flags & PyCF_MASK
        return interpreter.compile(source, filename, mode, flags, True, optimize,
                                   _feature_version=_feature_version)

    def exec_(source, globals=None, locals=None, /, *, closure=None):
        """Execute the given source in the context of globals and locals."""
        interpreter.run_builtin_exec_eval("exec", source, globals, locals, closure)

    def eval_(source, globals=None, locals=None, /):
        """Evaluate the given source in the context of globals and locals."""
        return interpreter.run_builtin_exec_eval("eval", source, globals, locals, None)

    def breakpoint_(*args, **kwargs):
        """Call sys.breakpointhook(*args, **kws)."""
        hook = interpreter.sys.__dict__.get("breakpointhook")
        if hook is None:
            raise RuntimeError("lost sys.breakpointhook")
        return hook(*args, **kwargs)

    def build_class(*args, **kwds):
        """__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class

Internal helper function used by the class statement."""
        from clearpy.vm.class_builder import build_class as build

        if len(args) < 2:
            raise TypeError("__build_class__: not enough arguments")
        return build(interpreter, args[0], args[1], args[2:], kwds)

    def import_(name, globals=None, locals=None, fromlist=(), level=0):
        """Import a module."""
        return interpreter.importer.import_module_level(name, globals, locals, fromlist, level)

    return {
        "globals": globals_, "locals": locals_, "vars": vars_, "dir": dir_, "print": print_,
        "input": input_, "compile": compile_, "exec": exec_, "eval": eval_,
        "breakpoint": breakpoint_, "__build_class__": build_class, "__import__": import_,
    }


def make_super(interpreter):
    """``super``, whose no-argument form looks at the calling interpreted frame."""

    class super(_host_super):
        _clearpy_zero_argument_super = True

        def __init__(self, *args, **kwargs):
            if kwargs:
                raise TypeError("super() takes no keyword arguments")
            if len(args) > 2:
                raise TypeError(f"super() expected at most 2 arguments, got {len(args)}")
            if not args:
                args = _zero_argument_super(caller_frame(interpreter))
            elif not isinstance(args[0], type):
                raise TypeError(f"super() argument 1 must be a type, not "
                                f"{type(args[0]).__name__}")
            _host_super.__init__(self, *args)

    super.__module__ = "builtins"
    super.__qualname__ = "super"   # pickle finds it as builtins.super
    super.__doc__ = _host_super.__doc__
    return super


def _zero_argument_super(frame):
    """The (class, self) that ``super()`` means in ``frame`` (CPython's
    super_init_without_args)."""
    if frame is None:
        raise RuntimeError("super(): no current frame")
    code = frame.code
    co = code.co
    if co.co_argcount == 0:
        raise RuntimeError("super(): no arguments")
    first = frame.R[0]
    if first is not NULL and co.co_varnames[0] in code.cell_names and frame.pc > code.cell_setup_end:
        # The first argument was turned into a cell by MAKE_CELL.
        try:
            first = first.cell_contents
        except ValueError:
            first = NULL
    if first is NULL:
        raise RuntimeError("super(): arg[0] deleted")
    try:
        index = code.localsplus_names.index("__class__", code.free_start)
    except ValueError:
        raise RuntimeError("super(): __class__ cell not found") from None
    cell = frame.R[index]
    try:
        cls = cell.cell_contents
    except (ValueError, AttributeError):
        raise RuntimeError("super(): empty __class__ cell") from None
    if not isinstance(cls, type):
        raise RuntimeError(f"super(): __class__ is not a type ({type(cls).__name__})")
    return cls, first
