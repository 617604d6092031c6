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
- frozen modules are the stdlib modules CPython 3.12 freezes (``os``,
  ``codecs``, ``runpy``...): their code objects are CPython's own when the
  compile stage is CPython's, and compiled from their source files by the
  compile stage otherwise, named ``<frozen os>`` as in CPython's tracebacks;
  either way they run in the VM like any other module;
- extension modules (``.so``) come from the host.
"""

import _imp as host_imp
import builtins as host_builtins
import contextlib
import sys as host_sys
import threading
import types

from clearpy.vm.null import NULL

# Accelerator modules written in C that look up *host* Python modules while
# they work (not only when they are initialised, see world_lent_to_host) and
# would mix the two worlds. With them hidden, the stdlib falls back to its
# pure-Python implementation.
# The frozen importlib the interpreter sets up itself (importer.py).
OWN_FROZEN = {"_frozen_importlib", "_frozen_importlib_external"}

HIDDEN = {
    "_warnings",    # warnings.py's pure-Python version reads interpreted frames for stacklevel
    "_json",        # imports json.decoder to raise JSONDecodeError
    "_elementtree",  # imports xml.etree.ElementPath on use
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
        return name not in OWN_FROZEN and host_imp.is_frozen(name)

    def find_frozen(name, *, withdata=False):
        """Return info about the corresponding frozen module (if there is one) or None."""
        if name in OWN_FROZEN:
            return None
        return host_imp.find_frozen(name, withdata=withdata)

    def get_frozen_object(name, data=None):
        """Create a code object for a frozen module."""
        if name in OWN_FROZEN or not host_imp.is_frozen(name):
            raise ImportError(f"No such frozen object named {name!r}", name=name)
        return interpreter.frozen_code(name)

    def init_frozen(name):
        """Initializes a frozen module."""
        raise ImportError(f"No such frozen object named {name!r}", name=name)

    def is_frozen_package(name):
        """Returns True if the module name is of a frozen package."""
        return host_imp.is_frozen_package(name)

    def _frozen_module_names():
        return [name for name in host_imp._frozen_module_names() if name not in OWN_FROZEN]

    def create_dynamic(spec, file=None):
        """Create an extension module (the host loads it)."""
        name = spec.name
        if name in HIDDEN:
            raise ImportError(f"{name} is not available in clearpy", name=name)
        with world_lent_to_host(interpreter, create_dynamic.__code__):
            if file is not None:
                return host_imp.create_dynamic(spec, file)
            return host_imp.create_dynamic(spec)

    def exec_dynamic(mod):
        """Initialize an extension module."""
        with world_lent_to_host(interpreter, exec_dynamic.__code__):
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
        return warnings.warn(message, category, stacklevel, source)

    def warn_explicit(*args, **kwargs):
        return interpreter.import_module("warnings").warn_explicit(*args, **kwargs)

    module.warn = warn
    module.warn_explicit = warn_explicit
    return module


@contextlib.contextmanager
def world_lent_to_host(interpreter, initialiser):
    """While an extension module initialises, let its imports see the program's world.

    C code imports through ``builtins.__import__`` and then reads the module
    from ``sys.modules``, the host's. An accelerator like ``_asyncio`` or
    ``_decimal`` imports Python modules when it starts (asyncio's exceptions,
    the numbers ABCs to register with) and keeps what it found. For those to
    be the program's own modules, not the host's, the host's ``__import__``
    imports in the interpreter for the duration, and the modules it returns
    are put in the host's ``sys.modules`` until it is over.
    """
    saved_import = host_builtins.__import__
    replaced = {}

    def lent_import(name, globals=None, locals=None, fromlist=(), level=0):
        if host_sys._getframe(1).f_code is not initialiser:
            # Not the extension's C code (called from ``initialiser``), but
            # clearpy's own Python code importing something.
            return saved_import(name, globals, locals, fromlist, level)
        module = interpreter.importer.import_module_level(name, None, None, fromlist, level)
        parts = name.split(".")
        for count in range(1, len(parts) + 1):
            full_name = ".".join(parts[:count])
            found = interpreter.modules.get(full_name)
            if found is not None and host_sys.modules.get(full_name) is not found:
                replaced.setdefault(full_name, host_sys.modules.get(full_name, NULL))
                host_sys.modules[full_name] = found
        return module

    host_builtins.__import__ = lent_import
    try:
        yield
    finally:
        host_builtins.__import__ = saved_import
        for name, previous in replaced.items():
            if previous is NULL:
                host_sys.modules.pop(name, None)
            else:
                host_sys.modules[name] = previous
