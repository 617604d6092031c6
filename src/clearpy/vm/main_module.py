"""Running a program as ``__main__``: a file, ``-c`` code, or ``-m`` module.

What ``python3.12 prog.py`` does before the first line of the program runs:
it makes the module ``__main__`` (with ``__name__``, ``__builtins__``,
``__file__``...), puts it in ``sys.modules``, compiles the file and runs the
code with the module's dictionary as globals. ``-m`` hands the work to
``runpy``, which finds the module on ``sys.path`` first.
"""

import os
import types

from clearpy.vm.null import NULL


def make_main_module(interpreter, loader=NULL) -> types.ModuleType:
    """A fresh ``__main__`` in ``sys.modules``."""
    main = types.ModuleType("__main__")
    namespace = main.__dict__
    namespace.update(__package__=None, __spec__=None, __annotations__={},
                     __builtins__=interpreter.builtins)
    if loader is not NULL:
        namespace["__loader__"] = loader
    interpreter.modules["__main__"] = main
    return main


def _importlib(interpreter):
    return interpreter.importer.ensure_bootstrapped()


def run_source(interpreter, source, filename: str, main=None):
    """Run source code (``-c``, or a program read from stdin) as ``__main__``."""
    bootstrap = _importlib(interpreter)
    if main is None:
        main = make_main_module(interpreter, bootstrap.BuiltinImporter)
    code = interpreter.compile(source, filename, "exec", 0, True)
    interpreter.run_code(code, main.__dict__)
    return main


def run_file(interpreter, path: str, run_name: str = "__main__", as_main: bool = True):
    """Run the Python file ``path`` (CPython's _PyRun_SimpleFileObject)."""
    if os.path.isdir(path) or _is_zipfile(path):
        runpy = interpreter.import_module("runpy")
        if as_main:
            return runpy._run_module_as_main("__main__", False)
        return runpy.run_path(path, run_name=run_name)
    with open(path, "rb") as file:
        source = file.read()
    filename = os.path.abspath(path) if as_main else path
    external = interpreter.importer.ensure_bootstrapped() and interpreter.importer.bootstrap_external
    loader = external.SourceFileLoader(run_name, filename)
    if as_main:
        main = make_main_module(interpreter, loader)
    else:
        main = types.ModuleType(run_name)
        main.__dict__.update(__builtins__=interpreter.builtins, __loader__=loader,
                             __package__=None, __spec__=None)
    namespace = main.__dict__
    namespace["__file__"] = filename
    namespace["__cached__"] = None
    code = interpreter.compile(source, filename, "exec", 0, True)
    interpreter.run_code(code, namespace)
    return main


def run_module(interpreter, name: str):
    """``python -m name``: runpy finds the module and runs it as ``__main__``."""
    bootstrap = _importlib(interpreter)
    make_main_module(interpreter, bootstrap.BuiltinImporter)
    runpy = interpreter.import_module("runpy")
    return runpy._run_module_as_main(name, True)


def _is_zipfile(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(4) == b"PK\x03\x04"
    except OSError:
        return False
