"""``_imp``: the import system's link to the interpreter, for interpreted programs.

CPython's import system is written in Python (``importlib._bootstrap`` and
``importlib._bootstrap_external``), and clearpy runs exactly that code, in
the VM. Where it needs the interpreter itself, it calls the built-in module
``_imp``: "is there a built-in module called X?", "create it", "load this
extension module", "take the import lock". This module answers those
questions for one clearpy interpreter:

- built-in modules come from the host, except ``sys``, ``builtins`` and
  ``_imp`` (the interpreter's own), and a few that are hidden so that the
  stdlib uses its pure-Python version instead (``HIDDEN``);
- frozen modules do not exist: the stdlib's pure-Python modules that CPython
  freezes (``os``, ``codecs``...) are read from their source files and run
  in the VM like any other;
- extension modules (``.so``) come from the host.
"""

import _imp as host_imp
import sys as host_sys
import threading
import types

# Accelerator modules written in C that call back into *host* Python modules
# (the host's typing, warnings, asyncio...) and would mix the two worlds. With
# them hidden, the stdlib falls back to its pure-Python implementation.
HIDDEN = {
    "_warnings",    # warnings.py's pure-Python version reads interpreted frames for stacklevel
    "_asyncio",     # its Future and Task use the host's asyncio exceptions and event loops
    "_json",        # raises the host's json.JSONDecodeError
    "_elementtree",  # imports the host's xml.etree.ElementPath
    "_pickle",      # looks classes and functions up in the host's sys.modules
}


def make_imp_module(interpreter) -> types.ModuleType:
    module = types.ModuleType("_imp", host_imp.__doc__)
    lock = threading.RLock()

    def lock_held():
        """Return True if the import lock is currently held, else False."""
        return lock._is_owned()

    def acquire_lock():
        """Acquires the interpreter's import lock for the current thread."""
        lock.acquire()

    def release_lock():
        """Release the interpreter's import lock."""
        try:
            lock.release()
        except RuntimeError:
            raise RuntimeError("not holding the import lock") from None

    def is_builtin(name):
        """Returns True if the module name corresponds to a built-in module."""
        if name in interpreter.own_builtin_modules:
            return -1
        if name in HIDDEN:
            return 0
        return host_imp.is_builtin(name)

    def create_builtin(spec):
        """Create a built-in module (the host's, or the interpreter's own)."""
        name = spec.name
        own = interpreter.own_builtin_modules.get(name)
        if own is not None:
            return own
        if name in HIDDEN or not host_imp.is_builtin(name):
            raise ImportError(f"no built-in module named {name}", name=name)
        found = host_sys.modules.get(name)
        if found is None:
            found = __import__(name)
        return found

    def exec_builtin(mod):
        """Initialize a built-in module."""
        return 0

    def is_frozen(name):
        """Returns True if the module name corresponds to a frozen module."""
        return False

    def find_frozen(name, *, withdata=False):
        return None

    def get_frozen_object(name, data=None):
        raise ImportError(f"No such frozen object named {name!r}", name=name)

    def init_frozen(name):
        raise ImportError(f"No such frozen object named {name!r}", name=name)

    def is_frozen_package(name):
        raise ImportError(f"No such frozen object named {name!r}", name=name)

    def _frozen_module_names():
        return ()

    def create_dynamic(spec, file=None):
        """Create an extension module (the host loads it)."""
        name = spec.name
        if name in HIDDEN:
            raise ImportError(f"{name} is not available in clearpy", name=name)
        found = host_sys.modules.get(name)
        if found is not None and getattr(found, "__file__", None) == spec.origin:
            return found
        return host_imp.create_dynamic(spec, file) if file is not None else host_imp.create_dynamic(spec)

    def exec_dynamic(mod):
        """Initialize an extension module."""
        if host_sys.modules.get(mod.__name__) is mod:
            return 0
        return host_imp.exec_dynamic(mod)

    namespace = module.__dict__
    for function in (lock_held, acquire_lock, release_lock, is_builtin, create_builtin,
                     exec_builtin, is_frozen, find_frozen, get_frozen_object, init_frozen,
                     is_frozen_package, _frozen_module_names, create_dynamic, exec_dynamic):
        namespace[function.__name__] = function
    for name in ("extension_suffixes", "_fix_co_filename", "source_hash",
                 "check_hash_based_pycs", "_override_frozen_modules_for_tests",
                 "_override_multi_interp_extensions_check"):
        if hasattr(host_imp, name):
            namespace[name] = getattr(host_imp, name)
    return module


def make_warnings_shim(interpreter) -> types.ModuleType:
    """A ``_warnings`` with only ``warn``, for importlib's bootstrap.

    ``warnings.py`` tries ``from _warnings import filters, ... warn, ...``;
    this module lacks ``filters``, so that import fails and ``warnings.py``
    uses its pure-Python implementation, which reads *interpreted* frames to
    honour ``stacklevel``.
    """
    module = types.ModuleType("_warnings", "clearpy's stand-in for the _warnings accelerator")

    def warn(message, category=None, stacklevel=1, source=None):
        warnings = interpreter.import_module("warnings")
        return warnings.warn(message, category, stacklevel + 1, source)

    def warn_explicit(*args, **kwargs):
        return interpreter.import_module("warnings").warn_explicit(*args, **kwargs)

    module.warn = warn
    module.warn_explicit = warn_explicit
    return module
