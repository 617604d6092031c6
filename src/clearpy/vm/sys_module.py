"""The ``sys`` module that interpreted programs see.

Each interpreter has its own ``sys``: its own ``modules``, ``path``,
``argv``, recursion limit, and functions that look at *interpreted* frames
(``_getframe``, ``exc_info``, ``exception``). Everything that describes the
machine or the host interpreter (``version``, ``platform``, ``maxsize``,
``getsizeof``...) is the host's own.

``sys.stdout``, ``sys.stderr`` and ``sys.stdin`` start as the host's. The
interpreted ``print`` and ``input`` use whatever the interpreted ``sys``
holds, so ``contextlib.redirect_stdout`` works; so do the hooks that report
warnings and exceptions (see ``hooks``), also when host C code raises them.
"""

import os
import sys as host_sys
import types

# Host attributes that interpreted programs must not share with the host.
_NOT_SHARED = {
    "modules", "path", "meta_path", "path_hooks", "path_importer_cache", "argv", "orig_argv",
    "_getframe", "exc_info", "exception", "settrace", "gettrace", "setprofile", "getprofile",
    "displayhook", "excepthook", "breakpointhook", "unraisablehook", "__displayhook__",
    "__excepthook__", "__breakpointhook__", "__unraisablehook__", "setrecursionlimit",
    "getrecursionlimit", "_current_frames", "_current_exceptions", "set_asyncgen_hooks",
    "get_asyncgen_hooks", "call_tracing", "_getframemodulename", "monitoring",
    "get_coroutine_origin_tracking_depth", "set_coroutine_origin_tracking_depth",
    "last_type", "last_value", "last_traceback", "last_exc", "ps1", "ps2",
    "__interactivehook__", "activate_stack_trampoline", "deactivate_stack_trampoline",
    "is_stack_trampoline_active", "_clear_type_cache", "__spec__", "__loader__",
}

def make_sys_module(interpreter, argv: list[str], path: list[str]):
    """Build the ``sys`` module for ``interpreter``."""
    module = types.ModuleType("sys", host_sys.__doc__)
    namespace = module.__dict__
    for name, value in vars(host_sys).items():
        if name not in _NOT_SHARED and name not in ("__name__", "__doc__"):
            namespace[name] = value
    functions = SysFunctions(interpreter)
    namespace.update(
        modules={}, path=list(path), meta_path=[], path_hooks=[], path_importer_cache={},
        argv=list(argv), orig_argv=list(host_sys.orig_argv),
        _getframe=functions._getframe, _getframemodulename=functions._getframemodulename,
        exc_info=functions.exc_info, exception=functions.exception,
        getrecursionlimit=functions.getrecursionlimit,
        setrecursionlimit=functions.setrecursionlimit,
        settrace=functions.settrace, gettrace=functions.gettrace,
        setprofile=functions.setprofile, getprofile=functions.getprofile,
        call_tracing=functions.call_tracing, _current_frames=functions._current_frames,
        _current_exceptions=functions._current_exceptions,
        set_asyncgen_hooks=functions.set_asyncgen_hooks,
        get_asyncgen_hooks=functions.get_asyncgen_hooks,
        get_coroutine_origin_tracking_depth=functions.get_coroutine_origin_tracking_depth,
        set_coroutine_origin_tracking_depth=functions.set_coroutine_origin_tracking_depth,
        _clear_type_cache=host_sys._clear_type_cache,
    )
    from clearpy.vm import hooks

    namespace["displayhook"] = namespace["__displayhook__"] = hooks.make_displayhook(interpreter)
    namespace["excepthook"] = namespace["__excepthook__"] = hooks.make_excepthook(interpreter)
    namespace["breakpointhook"] = namespace["__breakpointhook__"] = hooks.make_breakpointhook(interpreter)
    namespace["unraisablehook"] = namespace["__unraisablehook__"] = hooks.make_unraisablehook(interpreter)
    implementation = types.SimpleNamespace(**vars(host_sys.implementation))
    implementation.cache_tag = interpreter.cache_tag
    namespace["implementation"] = implementation
    namespace["dont_write_bytecode"] = host_sys.dont_write_bytecode or bool(
        os.environ.get("PYTHONDONTWRITEBYTECODE"))
    return module


class SysFunctions:
    """The functions of ``sys`` that look at the interpreted program."""

    def __init__(self, interpreter):
        self._interpreter = interpreter

    def _ts(self):
        return self._interpreter.thread_state()

    def _getframe(self, depth=0, /):
        """Return a frame object from the call stack."""
        frame = self._ts().current
        while depth > 0 and frame is not None:
            frame = frame.back
            depth -= 1
        if frame is None:
            raise ValueError("call stack is not deep enough")
        return frame

    def _getframemodulename(self, depth=0):
        """Return the name of the module for a calling frame."""
        frame = self._ts().current
        while depth > 0 and frame is not None:
            frame = frame.back
            depth -= 1
        if frame is None:
            return None
        return frame.globals.get("__name__")

    def exc_info(self):
        """Return (type, value, traceback) of the exception being handled."""
        exc = self._ts().handled_exception()
        if exc is None:
            return (None, None, None)
        return (type(exc), exc, exc.__traceback__)

    def exception(self):
        """Return the exception being handled, or None."""
        return self._ts().handled_exception()

    def getrecursionlimit(self):
        """Return the current value of the recursion limit."""
        return self._interpreter.recursion_limit

    def setrecursionlimit(self, limit, /):
        """Set the maximum depth of the interpreted call stack."""
        if not isinstance(limit, int):
            raise TypeError(f"'{type(limit).__name__}' object cannot be interpreted as an integer")
        if limit < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        depth = self._ts().depth()
        if depth >= limit:
            raise RecursionError(f"cannot set the recursion limit to {limit} at the recursion "
                                 f"depth {depth}: the limit is too low")
        self._interpreter.set_recursion_limit(limit)

    def settrace(self, function, /):
        """Set the global debug tracing function.

        It will be called on each function call.  See the debugger chapter
        in the library manual."""
        from clearpy.tracing.sys_trace import set_trace

        set_trace(self._ts(), function)

    def gettrace(self):
        """Return the global debug tracing function set with sys.settrace.

        See the debugger chapter in the library manual."""
        return self._ts().trace_function

    def setprofile(self, function, /):
        """Set the profiling function.

        It will be called on each function call and return.  See the profiler
        chapter in the library manual."""
        from clearpy.tracing.sys_trace import set_profile

        set_profile(self._ts(), function)

    def getprofile(self):
        """Return the profiling function set with sys.setprofile.

        See the profiler chapter in the library manual."""
        return self._ts().profile_function

    def call_tracing(self, function, args, /):
        """Call func(*args), while tracing is enabled.

        The tracing state is saved, and restored afterwards.  This is intended
        to be called from a debugger from a checkpoint, to recursively debug
        some other code."""
        if not isinstance(args, tuple):
            raise TypeError(f"call_tracing() argument 2 must be tuple, not {type(args).__name__}")
        ts = self._ts()
        tracing, ts.tracing = ts.tracing, 0
        try:
            return function(*args)
        finally:
            ts.tracing = tracing

    def _current_frames(self):
        return {ident: ts.current for ident, ts in self._interpreter.thread_states().items()
                if ts.current is not None}

    def _current_exceptions(self):
        return {ident: ts.handled_exception()
                for ident, ts in self._interpreter.thread_states().items()}

    def set_asyncgen_hooks(self, *args, **kwargs):
        """Set the finalizer and firstiter hooks for async generators."""
        return self._interpreter.set_asyncgen_hooks(self._ts(), *args, **kwargs)

    def get_asyncgen_hooks(self):
        from clearpy.vm.generators import AsyncGenHooks

        ts = self._ts()
        return AsyncGenHooks(ts.async_gen_firstiter, ts.async_gen_finalizer)

    def get_coroutine_origin_tracking_depth(self):
        return self._ts().coroutine_origin_depth

    def set_coroutine_origin_tracking_depth(self, depth):
        if depth < 0:
            raise ValueError("depth must be >= 0")
        self._ts().coroutine_origin_depth = depth



# What each one-letter option of python3.12 sets in sys.flags (Python/initconfig.c).
# Options that count (-OO is optimize=2, -vv is verbose=2) add one each time.
_COUNTING = {"d": "debug", "O": "optimize", "v": "verbose", "b": "bytes_warning"}
_SETTING = {
    "i": {"inspect": 1, "interactive": 1}, "B": {"dont_write_bytecode": 1},
    "s": {"no_user_site": 1}, "S": {"no_site": 1}, "E": {"ignore_environment": 1},
    "q": {"quiet": 1}, "P": {"safe_path": True},
    "I": {"isolated": 1, "ignore_environment": 1, "no_user_site": 1, "safe_path": True},
}


def flags_for_options(option_counts: dict, xoptions: dict):
    """``sys.flags`` as python3.12 sets it for these command-line options.

    The host's ``sys.flags`` already holds what the environment asked for
    (``PYTHONOPTIMIZE``...); the options come on top. When nothing changes this
    is the host's own object. Otherwise it is a look-alike: CPython's flags type
    cannot be instantiated from Python, so a named tuple with the same fields,
    order and repr stands in for it.
    """
    host = _host_flags()
    values = dict(host)
    for letter, count in option_counts.items():
        if letter in _COUNTING:
            values[_COUNTING[letter]] += count
        for name, value in _SETTING.get(letter, {}).items():
            values[name] = value
    if "dev" in xoptions:
        values["dev_mode"] = True
    if "utf8" in xoptions:
        values["utf8_mode"] = 0 if xoptions["utf8"] == "0" else 1
    if "warn_default_encoding" in xoptions:
        values["warn_default_encoding"] = 1
    if values == host:
        return host_sys.flags
    return _flags_type()(**values)


def _host_flags() -> dict:
    """The host's sys.flags as a dict, in their order."""
    import re

    names = re.findall(r"(\w+)=", repr(host_sys.flags))
    return {name: getattr(host_sys.flags, name) for name in names}


_FLAGS_TYPE = []   # made on first use


def _flags_type():
    if not _FLAGS_TYPE:
        import collections

        flags = collections.namedtuple("flags", list(_host_flags()))
        flags.__repr__ = lambda self: "sys.flags(" + ", ".join(
            f"{name}={value!r}" for name, value in zip(self._fields, self)) + ")"
        flags.__module__ = "sys"
        _FLAGS_TYPE.append(flags)
    return _FLAGS_TYPE[0]
