"""How clearpy's importer uses the ``.pyc`` cache: through ``clearpy.bytecode.pyc_cache``.

The VM imports with the stdlib's own importlib, run in the VM (``importer``).
Its ``SourceFileLoader.get_code`` reads and writes ``__pycache__`` files the way
CPython's does, and trusts what it reads: a truncated file stops the import
(``EOFError: marshal data too short``), and a damaged byte inside the code
may even run damaged code. clearpy's cache (``pyc_cache``) writes the same
standard PEP 552 files, atomically, with a *seal* after the code that only an
intact file matches; a missing, stale, truncated or damaged file is compiled
again and rewritten, never trusted and never an error.

So, when the interpreter compiles with clearpy's front end (cache tag
``clearpy-312``, or one of the mixed front ends of ``clearpy.stages``), the
loader's ``get_code`` asks ``pyc_cache``, with the interpreter's own
``sys.dont_write_bytecode`` and ``sys.pycache_prefix``. With CPython's
compiler the files are CPython's own ``NAME.cpython-312.pyc`` and importlib
keeps its own rules, as in CPython.

A loader class that changes how source becomes code (a subclass overriding
``source_to_code``, ``get_data``, ``path_stats`` or ``set_data``, as some of
CPython's tests do) keeps importlib's ``get_code``, which calls those methods.
"""

from clearpy.bytecode.compilers import Compiler
from clearpy.bytecode.pyc_cache import load_or_compile

# A loader class that overrides one of these keeps importlib's get_code.
_METHODS_GET_CODE_CALLS = ("source_to_code", "get_data", "path_stats", "set_data")


def use_clearpys_cache(interpreter, bootstrap_external) -> None:
    """Make the interpreter's ``SourceFileLoader.get_code`` go through clearpy's cache."""
    loader_class = bootstrap_external.SourceFileLoader
    importlibs_get_code = loader_class.get_code
    standard = {name: getattr(loader_class, name) for name in _METHODS_GET_CODE_CALLS}
    compiler = Compiler("clearpy", interpreter.compile)
    call_with_frames_removed = bootstrap_external._bootstrap._call_with_frames_removed

    def get_code(self, fullname):
        """The module's code, from its ``.pyc`` file when that is intact and fresh."""
        kind = type(self)
        if any(getattr(kind, name) is not method for name, method in standard.items()):
            return importlibs_get_code(self, fullname)
        sys = interpreter.sys
        # Through importlib's _call_with_frames_removed, as its own get_code
        # compiles: a SyntaxError's traceback then shows no importlib frames.
        code, _ = call_with_frames_removed(
            load_or_compile, self.get_filename(fullname), compiler, interpreter.optimize,
            write=not sys.dont_write_bytecode, pycache_prefix=sys.pycache_prefix,
            tag=interpreter.cache_tag)
        return code

    get_code.__qualname__ = "SourceFileLoader.get_code"
    loader_class.get_code = get_code


def frozen_module_code(interpreter, source_path: str, frozen_name: str):
    """The code of a module CPython freezes, compiled from ``source_path`` once.

    CPython compiled its frozen modules (importlib's bootstrap, ``os``,
    ``zipimport``...) when it was built; clearpy compiles them with the
    interpreter's front end and keeps the code in its own cache
    (``clearpy.own_caches``: written even under ``dont_write_bytecode``, in a
    directory named after the compiler's sources). Without it, every start
    would compile importlib again. The code is named ``<frozen NAME>``, as
    CPython names it.
    """
    from clearpy import own_caches
    from clearpy.bytecode.pyc_cache import with_filename

    directory = own_caches.cache_directory("frozen", interpreter.cache_tag)
    try:
        own_caches.make_ready(directory)
    except OSError:   # no cache to be had (a read-only home directory): compiled every time
        with open(source_path, "rb") as file:
            return interpreter.compile(file.read(), frozen_name, "exec")
    compiler = Compiler("clearpy", interpreter.compile)
    code, _ = load_or_compile(source_path, compiler, interpreter.optimize, write=True,
                              pycache_prefix=directory, tag=interpreter.cache_tag)
    return with_filename(code, frozen_name)
