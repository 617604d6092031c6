"""clearpy's import system.

``import spam`` compiles to ``IMPORT_NAME``, which calls ``__import__``. In
CPython that is ``PyImport_ImportModuleLevelObject`` (Python/import.c): it
resolves relative names, returns modules already in ``sys.modules``, and
otherwise hands over to the import machinery written in Python,
``importlib._bootstrap``, which walks ``sys.meta_path``: finders locate the
module (built-in, frozen, or a file on ``sys.path``), loaders create and run
it, caching compiled code in ``__pycache__``.

clearpy does the same. This module is the ``import.c`` part, written in
Python; the machinery is the stdlib's own ``importlib._bootstrap`` and
``importlib._bootstrap_external``, run *in the VM* with the interpreter's
``sys`` and ``_imp`` (see ``imp_module``). So every pure-Python module, the
stdlib's included, is compiled by the interpreter's compile stage (through
the ``compile`` that ``SourceFileLoader`` calls) and executed by clearpy,
while built-in and extension modules come from the host.

The machinery is set up the first time something is imported that is not
already in ``sys.modules`` (CPython sets it up at start-up): a program that
imports nothing never pays for it.
"""

import os
import sysconfig
import types

from clearpy.vm.null import NULL

_STDLIB = sysconfig.get_paths()["stdlib"]


class Importer:
    """The import system of one interpreter."""

    def __init__(self, interpreter):
        self.interpreter = interpreter
        self.bootstrap = None            # importlib._bootstrap, run in the VM
        self.bootstrap_external = None   # importlib._bootstrap_external

    # -- setting the machinery up ---------------------------------------------------

    def ensure_bootstrapped(self):
        if self.bootstrap is None:
            self._bootstrap()
        return self.bootstrap

    def _load_frozen_source(self, module_name: str, file_name: str) -> types.ModuleType:
        """Run one of importlib's bootstrap modules (CPython has them frozen)."""
        interpreter = self.interpreter
        code = interpreter.frozen_code(module_name)
        module = types.ModuleType(module_name)
        module.__dict__["__builtins__"] = interpreter.builtins
        interpreter.modules[module_name] = module
        interpreter.run_code(code, module.__dict__)
        return module

    def _bootstrap(self):
        interpreter = self.interpreter
        bootstrap = self._load_frozen_source("_frozen_importlib", "_bootstrap.py")
        self.bootstrap = bootstrap
        try:
            bootstrap._install(interpreter.sys, interpreter.imp_module)
            self.bootstrap_external = self._load_frozen_source(
                "_frozen_importlib_external", "_bootstrap_external.py")
            bootstrap._install_external_importers()
            # As CPython's start-up does: zip archives on sys.path work too.
            zipimport = self.import_module_level("zipimport")
            interpreter.sys.path_hooks.insert(0, zipimport.zipimporter)
            interpreter.sys.path_importer_cache.clear()
        except BaseException:
            self.bootstrap = None
            raise

    # -- __import__ ----------------------------------------------------------------------

    def import_module_level(self, name, globals=None, locals=None, fromlist=(), level=0):
        """``__import__(name, globals, locals, fromlist, level)`` (CPython's
        PyImport_ImportModuleLevelObject)."""
        try:
            return self._import_module_level(name, globals, locals, fromlist, level)
        except BaseException as error:
            remove_importlib_frames(error)
            raise

    def _import_module_level(self, name, globals, locals, fromlist, level):
        if not isinstance(name, str):
            raise TypeError("module name must be a string")
        if level < 0:
            raise ValueError("level must be >= 0")
        if level > 0:
            absolute = self.resolve_name(name, globals, level)
        else:
            if not name:
                raise ValueError("Empty module name")
            absolute = name
        module = self.get_module(absolute)
        if module is not NULL and module is not None:
            self.ensure_initialized(module, absolute)
        else:
            module = self.find_and_load(absolute)

        has_from = bool(fromlist) if fromlist is not None else False
        if not has_from:
            if level == 0 or name:
                dot = name.find(".")
                if dot == -1:
                    return module
                if level == 0:
                    return self._import_module_level(name[:dot], None, None, None, 0)
                cut_off = len(name) - dot
                to_return = absolute[:len(absolute) - cut_off]
                final = self.get_module(to_return)
                if final is NULL:
                    raise KeyError(f"{to_return!r} not in sys.modules as expected")
                return final
            return module
        try:
            module.__path__
        except AttributeError:
            return module
        return self.ensure_bootstrapped()._handle_fromlist(
            module, fromlist, self.interpreter.builtins_dict["__import__"])

    def get_module(self, name):
        modules = self.interpreter.sys.__dict__.get("modules")
        if modules is None:
            raise RuntimeError("unable to get sys.modules")
        if type(modules) is dict:
            return modules.get(name, NULL)
        try:
            return modules[name]
        except KeyError:
            return NULL

    def ensure_initialized(self, module, name):
        """Wait for a module another thread is still importing."""
        spec = getattr(module, "__spec__", None)
        if spec is not None and getattr(spec, "_initializing", False):
            self.ensure_bootstrapped()._lock_unlock_module(name)

    def find_and_load(self, name):
        bootstrap = self.ensure_bootstrapped()
        module = self.get_module(name)
        if module is not NULL and module is not None:
            return module
        module = bootstrap._find_and_load(name, self.interpreter.builtins_dict["__import__"])
        self.interpreter.lend_to_host(name, module)
        return module

    def resolve_name(self, name, globals, level):
        """The absolute name of a relative import (CPython's resolve_name)."""
        if globals is None:
            raise KeyError("'__name__' not in globals")
        if not isinstance(globals, dict):
            raise TypeError("globals must be a dict")
        package = globals.get("__package__")
        spec = globals.get("__spec__")
        if package is not None:
            if not isinstance(package, str):
                raise TypeError("package must be a string")
            if spec is not None and package != spec.parent:
                self.interpreter.warn(DeprecationWarning, "__package__ != __spec__.parent")
        elif spec is not None:
            package = spec.parent
            if not isinstance(package, str):
                raise TypeError("__spec__.parent must be a string")
        else:
            self.interpreter.warn(ImportWarning, "can't resolve package from __spec__ or "
                                  "__package__, falling back on __name__ and __path__")
            if "__name__" not in globals:
                raise KeyError("'__name__' not in globals")
            package = globals["__name__"]
            if not isinstance(package, str):
                raise TypeError("__name__ must be a string")
            if "__path__" not in globals:
                dot = package.rfind(".")
                if dot == -1:
                    raise ImportError("attempted relative import with no known parent package")
                package = package[:dot]
        last_dot = len(package)
        if last_dot == 0:
            raise ImportError("attempted relative import with no known parent package")
        for _ in range(1, level):
            last_dot = package.rfind(".", 0, last_dot)
            if last_dot == -1:
                raise ImportError("attempted relative import beyond top-level package")
        base = package[:last_dot]
        if not name:
            return base
        return f"{base}.{name}"

    # -- from module import name -------------------------------------------------

    def import_from(self, module, name):
        """``from module import name`` (CPython's import_from), falling back on
        sys.modules for a submodule in the middle of a circular import."""
        try:
            return getattr(module, name)
        except AttributeError:
            pass
        package_name = NULL
        try:
            package_name = module.__name__
        except AttributeError:
            pass
        if isinstance(package_name, str):
            found = self.get_module(f"{package_name}.{name}")
            if found is not NULL:
                return found
        else:
            package_name = NULL
        shown = "<unknown module name>" if package_name is NULL else package_name
        path = None
        if isinstance(module, types.ModuleType):
            path = module.__dict__.get("__file__")
        if not isinstance(path, str):
            error = ImportError(f"cannot import name {name!r} from {shown!r} (unknown location)",
                                name=None if package_name is NULL else package_name)
        else:
            spec = getattr(module, "__spec__", None)
            if spec is not None and getattr(spec, "_initializing", False):
                message = (f"cannot import name {name!r} from partially initialized module "
                           f"{shown!r} (most likely due to a circular import) ({path})")
            else:
                message = f"cannot import name {name!r} from {shown!r} ({path})"
            error = ImportError(message, name=None if package_name is NULL else package_name,
                                path=path)
        error.name_from = name
        raise error


IMPORTLIB_FILES = ("<frozen importlib._bootstrap>", "<frozen importlib._bootstrap_external>")


def remove_importlib_frames(error: BaseException) -> None:
    """Hide the import machinery's own frames from a failed import's traceback,
    as CPython does: all of them for an ImportError, otherwise the stretches
    that end in ``_call_with_frames_removed`` (which runs the module's code)."""
    from clearpy.vm.tracebacks import strip_internal_entries

    tb = strip_internal_entries(error.__traceback__)
    always = isinstance(error, ImportError)
    kept = []        # the entries to keep, outermost first
    chunk = []       # a stretch of importlib entries not yet decided
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename in IMPORTLIB_FILES:
            chunk.append(tb)
            if always or code.co_name == "_call_with_frames_removed":
                chunk = []
        else:
            kept.extend(chunk)
            chunk = []
            kept.append(tb)
        tb = tb.tb_next
    kept.extend(chunk)
    rebuilt = None
    for entry in reversed(kept):
        rebuilt = types.TracebackType(rebuilt, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    error.__traceback__ = rebuilt
