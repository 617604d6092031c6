"""An interpreter: one isolated world in which interpreted programs run.

An ``Interpreter`` has its own ``sys`` (with its own ``sys.modules``,
``sys.path``, ``sys.argv`` and recursion limit), its own ``builtins`` and
its own import system; two interpreters in one process do not see each
other's modules. It also has a *compile stage*: the function that turns
source into code objects, ``compile()`` by default (CPython's compiler) or
clearpy's own.

``clearpy run`` makes one interpreter that *owns the process*: its standard
streams are the process's, and it mirrors a few things into the host so
that host code (C code in particular) sees the program's world.
"""

import builtins as host_builtins
import sys as host_sys
import threading
import types
import weakref

from clearpy.vm.atexit_module import make_atexit_module
from clearpy.vm.builtins_module import BuiltinFunction, make_builtins_module
from clearpy.vm.code import CO_FUTURE_FLAGS, vm_code
from clearpy.vm.eval_loop import execute
from clearpy.vm.frame import Frame
from clearpy.vm.host_callbacks import install_callbacks
from clearpy.vm.imp_module import make_imp_module, make_warnings_shim
from clearpy.vm.importer import Importer
from clearpy.vm.null import NULL
from clearpy.vm.sys_module import make_sys_module
from clearpy.vm.thread_state import ThreadState

DEFAULT_RECURSION_LIMIT = 1000
# Host frames used per interpreted call, with room to spare: the host's own
# recursion limit is raised to fit the interpreted one.
HOST_FRAMES_PER_CALL = 6

# Modules that C code in the host imports by name to call back into Python
# (typing for generics, warnings for warnings raised by built-in functions):
# the interpreter that owns the process lends them its own versions.
LENT_TO_HOST = ("typing", "warnings", "copyreg")


def host_compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
                 _feature_version=-1):
    """The default compile stage: CPython's own compiler."""
    return host_builtins.compile(source, filename, mode, flags, dont_inherit, optimize,
                                 _feature_version=_feature_version)


_interpreters = weakref.WeakValueDictionary()   # id(builtins dict) -> interpreter
_latest = []


def current_interpreter():
    """The interpreter running in this thread (the last one made, if in doubt)."""
    running = running_interpreter()
    if running is not None:
        return running
    return _latest[-1]() if _latest and _latest[-1]() is not None else Interpreter()


def running_interpreter():
    """The interpreter whose interpreted code this thread is running, or None."""
    for interpreter in list(_interpreters.values()):
        state = getattr(interpreter._thread_local, "state", None)
        if state is not None and state.current is not None:
            return interpreter
    return None


class Interpreter:
    """An isolated interpreter state: ``sys``, ``builtins``, imports, threads."""

    # What watches this interpreter's program (clearpy.tracing.observer: a
    # tracer, the GIL), or None. Only the observed handlers that
    # clearpy.tracing.instrumentation installs read it; plain handlers never do.
    observer = None
    # Has a frame ever asked for 'opcode' trace events (frame.f_trace_opcodes)?
    opcode_trace_set = False

    def __init__(self, *, compile=None, argv=None, path=None, owns_process=False,
                 cache_tag=None):
        self.compile_stage = compile or host_compile
        self.cache_tag = cache_tag or (host_sys.implementation.cache_tag
                                       if compile is None else "clearpy-312")
        self.owns_process = owns_process
        self.recursion_limit = DEFAULT_RECURSION_LIMIT
        self.optimize = host_sys.flags.optimize   # what compile(optimize=-1) means (-O)
        self._thread_local = threading.local()
        self._thread_states = weakref.WeakValueDictionary()
        if path is None:
            path = list(host_sys.path[1:])
        self.sys = make_sys_module(self, argv if argv is not None else [""], path)
        self.builtins = make_builtins_module(self)
        self.builtins_dict = self.builtins.__dict__
        self.default_import = self.builtins_dict["__import__"]
        self.imp_module = make_imp_module(self)
        self.own_builtin_modules = {
            "sys": self.sys, "builtins": self.builtins, "_imp": self.imp_module,
            "_warnings": make_warnings_shim(self), "atexit": make_atexit_module(self),
        }
        self.modules = self.sys.modules
        self.modules["sys"] = self.sys
        self.modules["builtins"] = self.builtins
        self.importer = Importer(self)
        self.set_recursion_limit(self.recursion_limit)
        _interpreters[id(self.builtins_dict)] = self
        _latest[:] = [weakref.ref(self)]
        install_callbacks(running_interpreter)

    # -- threads ----------------------------------------------------------------

    def thread_state(self) -> ThreadState:
        """This host thread's state in this interpreter (made on first use)."""
        try:
            return self._thread_local.state
        except AttributeError:
            state = ThreadState(self, threading.get_ident())
            self._thread_local.state = state
            self._thread_states[state.thread_id] = state
            if len(self._thread_states) > 1:
                # A second thread runs interpreted code: from now on one thread
                # at a time runs bytecode (clearpy.gil; nothing if it runs already).
                from clearpy.gil import start_gil

                start_gil(self)
            return state

    def thread_states(self) -> dict:
        return dict(self._thread_states)

    def set_recursion_limit(self, limit: int) -> None:
        self.recursion_limit = limit
        for state in list(self._thread_states.values()):
            state.recursion_limit = limit
        needed = limit * HOST_FRAMES_PER_CALL + 1000
        if host_sys.getrecursionlimit() < needed:
            host_sys.setrecursionlimit(needed)

    # -- compiling ------------------------------------------------------------------

    def compile(self, source, filename, mode, flags=0, dont_inherit=True, optimize=-1, *,
                _feature_version=-1):
        """Compile with this interpreter's compile stage (``optimize=-1``: the
        interpreter's level, as ``compile()`` uses the ``-O`` of the process)."""
        if optimize == -1:
            optimize = self.optimize
        return self.compile_stage(source, filename, mode, flags, dont_inherit, optimize,
                                  _feature_version=_feature_version)

    def frozen_code(self, name: str) -> types.CodeType:
        """The code of a module CPython 3.12 freezes (``os``, ``runpy``, importlib's
        bootstrap...), named ``<frozen NAME>`` as CPython names it."""
        import _imp as host_imp

        if self.compile_stage is host_compile:
            return host_imp.get_frozen_object(name)
        import os
        import sysconfig

        _, is_package, original = host_imp.find_frozen(name)
        relative = (original or name).replace(".", os.sep)
        path = os.path.join(sysconfig.get_paths()["stdlib"], relative)
        path = os.path.join(path, "__init__.py") if is_package else path + ".py"
        from clearpy.vm.bytecode_cache import frozen_module_code

        return frozen_module_code(self, path, f"<frozen {original or name}>")

    # -- running code ---------------------------------------------------------------------

    def builtins_of(self, globals: dict):
        """The builtins a frame with these globals uses (``__builtins__``, a module
        or a dict, or this interpreter's)."""
        found = globals.get("__builtins__", NULL) if type(globals) is dict else NULL
        if found is NULL:
            return self.builtins_dict
        if isinstance(found, types.ModuleType):
            return found.__dict__
        return found

    def run_code(self, co: types.CodeType, globals: dict, locals=None, closure=None):
        """Execute a code object (module-level code, or code given to exec/eval)."""
        ts = self.thread_state()
        code = vm_code(co)
        caller = ts.current
        depth = caller.depth + 1 if caller is not None else 1
        if depth > ts.recursion_limit:
            raise RecursionError("maximum recursion depth exceeded")
        R = [NULL] * code.register_count
        if closure:
            R[code.free_start:code.free_start + len(closure)] = closure
        frame = Frame(code, R, globals, self.builtins_of(globals), caller, ts, depth)
        frame.locals = locals if locals is not None else (
            None if code.flags & 0x0002 else globals)
        if code.is_generator_like:
            from clearpy.vm.generators import make_generator_from_frame

            return make_generator_from_frame(frame)
        ts.current = frame
        try:
            return execute(frame)
        finally:
            ts.current = caller

    def run_builtin_exec_eval(self, kind, source, globals, locals, closure):
        """``exec()`` and ``eval()`` as interpreted programs call them."""
        caller = self.thread_state().current
        if globals is None:
            if caller is None:
                raise SystemError("globals and locals cannot be NULL")
            globals = caller.globals
            if locals is None:
                locals = caller.fast_to_locals(include_hidden=True)
        elif locals is None:
            locals = globals
        if not isinstance(globals, dict):
            if kind == "exec":
                raise TypeError(f"exec() globals must be a dict, not {type(globals).__name__}")
            raise TypeError("globals must be a real dict; try eval(expr, {}, mapping)"
                            if hasattr(globals, "keys") else "globals must be a dict")
        if not hasattr(type(locals), "__getitem__") or isinstance(locals, (list, tuple, str)):
            if kind == "exec":
                raise TypeError(f"locals must be a mapping or None, not {type(locals).__name__}")
            raise TypeError("locals must be a mapping")
        if "__builtins__" not in globals:
            globals["__builtins__"] = (caller.builtins if caller is not None
                                       else self.builtins_dict)
        if isinstance(source, types.CodeType):
            nfree = len(source.co_freevars)
            if nfree == 0:
                if closure:
                    raise TypeError("cannot use a closure with this code object")
            else:
                if not (type(closure) is tuple and len(closure) == nfree
                        and all(isinstance(cell, types.CellType) for cell in closure)):
                    raise TypeError(f"code object requires a closure of exactly length {nfree}")
            code = source
        else:
            if closure is not None:
                raise TypeError("closure can only be used when source is a code object")
            if isinstance(source, (bytes, bytearray, memoryview)):
                source = bytes(source)
            elif not isinstance(source, str):
                raise TypeError(f"{kind}() arg 1 must be a string, bytes or code object")
            if kind == "eval":
                source = source.lstrip(" \t") if isinstance(source, str) else source.lstrip(b" \t")
            flags = caller.code.flags & CO_FUTURE_FLAGS if caller is not None else 0
            code = self.compile(source, "<string>", kind, flags, True)
        return self.run_code(code, globals, locals, closure)

    # -- the public API (clearpy.Interpreter) ------------------------------------------

    def exec(self, source, globals=None, locals=None):
        """Run ``source`` (text or a code object) in ``globals`` (a new ``__main__``-like
        namespace by default); return the namespace."""
        if globals is None:
            globals = {"__name__": "__main__", "__builtins__": self.builtins}
        globals.setdefault("__builtins__", self.builtins)
        if not isinstance(source, types.CodeType):
            source = self.compile(source, "<string>", "exec")
        self.run_code(source, globals, locals)
        return globals

    def eval(self, source, globals=None, locals=None):
        """Evaluate an expression (text or a code object) and return its value."""
        if globals is None:
            globals = {"__name__": "__main__", "__builtins__": self.builtins}
        globals.setdefault("__builtins__", self.builtins)
        if not isinstance(source, types.CodeType):
            if isinstance(source, str):
                source = source.lstrip(" \t")
            source = self.compile(source, "<string>", "eval")
        return self.run_code(source, globals, locals)

    def import_module(self, name: str):
        """``importlib.import_module(name)`` in this interpreter."""
        self.importer.import_module_level(name)
        return self.modules[name]

    def run_path(self, path: str, run_name: str = "__main__"):
        """Run a Python file (like ``runpy.run_path``); return its globals."""
        from clearpy.vm.main_module import run_file

        module = run_file(self, path, run_name=run_name, as_main=False)
        return module.__dict__

    def run_module(self, name: str, run_name: str | None = None, alter_sys: bool = False):
        """Run a module found on ``sys.path`` (like ``runpy.run_module``); return its globals."""
        runpy = self.import_module("runpy")
        return runpy.run_module(name, run_name=run_name, alter_sys=alter_sys)

    # -- odds and ends --------------------------------------------------------------

    def warn(self, category, message, stacklevel=1):
        """Issue a warning as C code inside CPython would (PyErr_WarnEx)."""
        warnings = self.import_module("warnings")
        warnings.warn(message, category, stacklevel)

    def set_asyncgen_hooks(self, ts, *args, **kwargs):
        from clearpy.vm.generators import set_asyncgen_hooks

        return set_asyncgen_hooks(ts, *args, **kwargs)

    def install_host_hooks(self) -> None:
        """For the interpreter that owns the process: host code that reports an
        exception nobody can catch goes through the program's unraisablehook."""
        if not self.owns_process:
            return

        def unraisablehook(unraisable):
            hook = self.sys.__dict__.get("unraisablehook")
            if hook is not None:
                hook(unraisable)

        host_sys.unraisablehook = unraisablehook

    def shutdown(self) -> None:
        """What CPython does at exit: wait for threads, then run atexit functions."""
        threading_module = self.modules.get("threading")
        if threading_module is not None:
            try:
                threading_module._shutdown()
            except BaseException as error:
                from clearpy.vm.hooks import write_unraisable
                write_unraisable(self, error, None, "Exception ignored on threading shutdown")
        self.own_builtin_modules["atexit"]._run_exitfuncs()
        self.clear_main_module()

    def clear_main_module(self) -> None:
        """As CPython's finalization does, empty ``__main__``'s namespace, so
        that the objects it held are finalized (``__del__``) before the exit."""
        main = self.modules.get("__main__")
        if not isinstance(main, types.ModuleType):
            return
        namespace = main.__dict__
        for private in (True, False):
            for name in list(namespace):
                if not isinstance(name, str) or name == "__builtins__":
                    continue
                if private != (name.startswith("_") and not name.startswith("__")):
                    continue
                if namespace.get(name) is not None:
                    try:
                        namespace[name] = None
                    except BaseException as error:
                        from clearpy.vm.hooks import write_unraisable
                        write_unraisable(self, error, None)

    def lend_to_host(self, name: str, module) -> None:
        """Let host C code that imports ``name`` find the program's module."""
        if self.owns_process and name in LENT_TO_HOST:
            host_sys.modules[name] = module


BuiltinFunction  # noqa: B018 - re-exported for the handlers
