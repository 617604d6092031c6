"""An import hook for CPython: every pure-Python module compiled by clearpy's compiler.

clearpy's stages can be swapped with CPython's (see docs/swapping-stages.md).
This module swaps the *compiler* inside CPython itself: once ``install()`` has
run, every module CPython imports from a ``.py`` file is compiled by
``clearpy.compile`` instead of CPython's built-in compiler, and CPython's own
virtual machine runs the result. If clearpy's bytecode is wrong, the program
misbehaves; so running a program (or CPython's test suite) this way checks the
compiler on its own terms: not "is the bytecode identical?" but "does it run
correctly?".

How it plugs in
---------------
CPython finds modules by asking each *finder* on ``sys.meta_path`` in turn.
``ClearpyFinder`` goes first. It asks CPython's own ``PathFinder`` where the
module is (so ``sys.path``, packages and namespace packages work exactly as
usual) and, when the answer is a source file (``SourceFileLoader``), hands
back the same spec with ``ClearpySourceLoader`` as its loader. That loader is
a ``SourceFileLoader`` in every respect (``__file__``, ``__spec__``,
``get_source`` for tracebacks and ``inspect``, resources) except one:
``get_code`` compiles with clearpy. Built-in and extension modules, and
``.pyc``-only modules, are left to CPython.

It never writes CPython's ``__pycache__/NAME.cpython-312.pyc`` files (and never
reads them: they hold CPython's code). Compiled code is cached, with clearpy's
cache (``clearpy.bytecode.pyc_cache``), under a directory of its own named
after a fingerprint of clearpy's compiler sources, so a change to the compiler
never serves code the old compiler made (``cache_directory``). ``__cached__``
is, as usual, the path of CPython's cache file (``importlib.util.
cache_from_source``), which is neither read nor written. clearpy's cache is the tool's own, outside the program's
directories, so it is written even when ``sys.dont_write_bytecode`` (``-B``,
``PYTHONDONTWRITEBYTECODE``) says not to write the program's ``.pyc`` files;
``cache=False`` compiles every module every time.

What stays compiled by CPython
------------------------------
- Modules CPython imported before ``install()`` ran: its start-up (``os``,
  ``site``, ``codecs``, ``io``, ``abc``, ``stat``, ``posixpath``... most of
  them *frozen* into the interpreter) and, with ``python -m``, ``runpy``,
  ``importlib.util`` and ``importlib.machinery``. ``types``, also loaded by
  ``python -m``, is imported again, by clearpy.
- ``warnings`` and ``importlib``: the compiler and the program must share one
  ``warnings`` (its filters live in the module's attributes), and the hook is
  built on ``importlib``.
- clearpy itself, and the copies of the stdlib modules *the compiler* uses
  (``ast``, ``enum``, ``re``, ``contextlib``...): after loading the compiler,
  ``install()`` removes those modules from ``sys.modules``, so that the
  program imports its own copies, compiled by clearpy (``forget_modules``).
  Anything the compiler itself imports while compiling (an encoding for a
  ``# coding:`` line, for instance) is imported by CPython's machinery, and
  listed by ``report()``.
- Code the program compiles at run time: ``exec(str)`` and ``eval(str)``
  stay CPython's, and so does ``compile()`` unless ``install(compile_builtin=
  True)`` (``--compile-builtin``) replaces it (``clearpy_builtin_compile``):
  then ``compile()``, and with it doctests (which compile each example in
  "single" mode and ``exec`` the code object), use clearpy's compiler;
  ``ast.parse`` (``compile()`` with ``PyCF_ONLY_AST``) stays CPython's.
- Modules imported from zip files (``zipimport`` compiles them itself).
"""

import _thread
import os
import sys
from importlib._bootstrap import _call_with_frames_removed
from importlib.machinery import PathFinder, SourceFileLoader

# The modules whose one copy the compiler and the program share (see above).
SHARED_MODULES = ("warnings", "importlib")

# Where compiled code is cached, under the user's cache directory.
CACHE_DIRECTORY_VARIABLE = "CLEARPY_HOOK_CACHE"
FINGERPRINTS_KEPT = 4  # cache directories of older compilers are removed beyond this many

INTERNAL_ERROR_MARK = "clearpy: internal error"
HOOK_FILES = ("cpython_hook.py", "with_cpython_vm.py")  # not part of the cache's fingerprint


class ClearpyCompilerCrash(RuntimeError):
    """clearpy's compiler failed on a module CPython compiles: a bug in clearpy."""


class ClearpyHook:
    """The state of the installed hook: how to compile, and what was compiled."""

    def __init__(self, compile_function, *, cache_prefix: str | None):
        from clearpy.bytecode.compilers import Compiler
        from clearpy.bytecode.pyc_cache import PROGRAM_ERRORS

        self.compiler = Compiler("clearpy", compile_function)
        self.program_errors = PROGRAM_ERRORS  # the program's errors, not clearpy's
        # compile() also raises TypeError, for wrong arguments and invalid syntax trees.
        self.compile_errors = PROGRAM_ERRORS + (TypeError,)
        self.cache_prefix = cache_prefix  # None: no cache
        self.program = None           # the script or -c code clearpy compiled, if any
        self.compiled = []            # module files clearpy compiled (or took from its cache)
        self.cache_hits = 0
        self.imported_while_compiling = []  # modules CPython compiled during a compilation
        # The compiler's own copies of the modules forget_modules removed, by name.
        self.compiler_modules = {}
        self._compiling = _thread._local()  # per thread: is clearpy's compiler running?
        import builtins

        self.cpython_compile = builtins.compile

    # -- the guard -----------------------------------------------------------------------
    def is_compiling(self) -> bool:
        return getattr(self._compiling, "active", False)

    def _run_compiler(self, work):
        """Run ``work()`` as the compiler: invisible to the program, as CPython's C compiler is.

        While it runs, the compiler's own copies of the modules it uses are
        back in ``sys.modules`` in place of the program's (for the compiler's
        imports inside functions, such as ``import ast``, which may run while
        the program's ``ast`` is half imported), other imports it makes are left to CPython
        (``ClearpyFinder`` steps aside), and a trace or profile function the
        program set (``sys.settrace``) is paused, so that it never sees
        clearpy's frames.
        """
        trace, profile = sys.gettrace(), sys.getprofile()
        if trace is not None:
            sys.settrace(None)
        if profile is not None:
            sys.setprofile(None)
        programs = {name: sys.modules.get(name) for name in self.compiler_modules}
        sys.modules.update(self.compiler_modules)
        self._compiling.active = True
        try:
            return work()
        finally:
            self._compiling.active = False
            for name, module in programs.items():
                if module is None:
                    del sys.modules[name]
                else:
                    sys.modules[name] = module
            if trace is not None:
                sys.settrace(trace)
            if profile is not None:
                sys.setprofile(profile)

    # -- compiling -----------------------------------------------------------------------
    def compile_source(self, source, path: str, optimize: int = -1):
        """Compile a module's source with clearpy, for ``exec`` (no cache)."""
        return self._run_compiler(lambda: self._checked(
            path, lambda: self.compiler.compile(source, path, "exec", dont_inherit=True,
                                                optimize=optimize)))

    def compile_module(self, path: str):
        """The code of the module in ``path``, from clearpy's cache when it is fresh."""
        if self.cache_prefix is None:
            with open(path, "rb") as file:
                source = file.read()
            code = self.compile_source(source, path)
            self.compiled.append(path)
            return code

        from clearpy.bytecode.pyc_cache import load_or_compile

        code, outcome = self._run_compiler(lambda: self._checked(
            path, lambda: load_or_compile(path, self.compiler, pycache_prefix=self.cache_prefix,
                                          write=True)))
        self.compiled.append(path)
        self.cache_hits += outcome.used_cache
        return code

    @staticmethod
    def _checked(path: str, work, program_errors=None):
        """Run ``work()``; an unexpected exception is clearpy's bug, and says so.

        ``program_errors`` (default: ``pyc_cache.PROGRAM_ERRORS``) are the
        exceptions that are the program's fault, as CPython's compiler raises them.
        """
        if program_errors is None:
            from clearpy.bytecode.pyc_cache import PROGRAM_ERRORS as program_errors

        try:
            return work()
        except program_errors:
            raise  # a SyntaxError in the module, as CPython's compiler would raise it
        except OSError:
            raise  # the source could not be read
        except Exception as error:
            raise ClearpyCompilerCrash(
                f"{INTERNAL_ERROR_MARK}: clearpy.compile failed on {path}: "
                f"{type(error).__name__}: {error}") from error

    def builtin_compile(self, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
                        _feature_version=-1, _inherited_flags=0):
        """``compile()`` for the program, with clearpy's compiler (see ``install``)."""
        from clearpy.compiler.compile import PyCF_MASK, PyCF_ONLY_AST

        if not dont_inherit:
            flags |= _inherited_flags & PyCF_MASK
        if flags & PyCF_ONLY_AST:  # parsing only: CPython's (ast.parse)
            return self.cpython_compile(source, filename, mode, flags, True, optimize,
                                        _feature_version=_feature_version)
        try:
            return self._run_compiler(lambda: self._checked(
                filename, lambda: self.compiler.compile(source, filename, mode, flags, True,
                                                        optimize, _feature_version=_feature_version),
                program_errors=self.compile_errors))
        except self.compile_errors as error:
            raise error.with_traceback(None)  # the program's error: without clearpy's frames

    # -- what happened -------------------------------------------------------------------
    def report(self) -> str:
        """A few lines saying which modules were compiled by whom."""
        program = f"the program ({self.program}) and " if self.program else ""
        cache = (f"{self.cache_hits} of them from its cache in {self.cache_prefix}"
                 if self.cache_prefix else "no cache")
        lines = [f"clearpy compiled {program}{len(self.compiled)} modules ({cache})"]
        cpython_compiled = sorted(name for name, module in sys.modules.items()
                                  if _loaded_from_source_by_cpython(module)
                                  and not name.startswith("clearpy"))
        lines.append(f"CPython compiled {len(cpython_compiled)} modules in use: "
                     + " ".join(cpython_compiled))
        frozen = sorted(name for name, module in sys.modules.items()
                        if getattr(getattr(module, "__spec__", None), "origin", None) == "frozen")
        lines.append(f"frozen into CPython (compiled when it was built), {len(frozen)} modules: "
                     + " ".join(frozen))
        if self.imported_while_compiling:
            lines.append("imported by the compiler while compiling (CPython-compiled): "
                         + " ".join(self.imported_while_compiling))
        return "\n".join(lines)


# -- tracebacks as CPython shows them ---------------------------------------------------------

def _exhausted_generator():
    yield


# A SyntaxError in a module must show the traceback CPython shows: the line
# that imported the module, then the error. CPython cuts its import machinery
# out of tracebacks: a run of frames of <frozen importlib._bootstrap> and
# _bootstrap_external that ends in _call_with_frames_removed (which wraps its
# call to compile()) is removed ("remove_importlib_frames" in Python/import.c).
# So ClearpySourceLoader.get_code is labelled as part of that machinery (its
# co_filename, set below the class), and re-raises the error, without
# clearpy's frames, through _call_with_frames_removed and the throw() of a
# finished generator, which raises what it is given straight from C, adding
# no frame of its own.
_FINISHED = _exhausted_generator()
for _ in _FINISHED:
    pass


class ClearpySourceLoader(SourceFileLoader):
    """CPython's loader for ``.py`` files, except that clearpy compiles the code."""

    hook: ClearpyHook  # set on the class by install()

    def get_code(self, fullname):
        try:
            return self.hook.compile_module(self.get_filename(fullname))
        except Exception as error:
            if not isinstance(error, self.hook.program_errors):
                raise
            # Raised again as CPython's importer would (see "tracebacks" above).
            _call_with_frames_removed(_FINISHED.throw, error.with_traceback(None))

    def source_to_code(self, data, path, *, _optimize=-1):
        return self.hook.compile_source(data, path, _optimize)


ClearpySourceLoader.get_code.__code__ = ClearpySourceLoader.get_code.__code__.replace(
    co_filename="<frozen importlib._bootstrap_external>")  # see "tracebacks" above


class ClearpyFinder:
    """A ``sys.meta_path`` finder: CPython's path search, clearpy's loader for source files."""

    def __init__(self, hook: ClearpyHook):
        self.hook = hook

    def find_spec(self, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names:
            return None  # never let a file on sys.path shadow a built-in module
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or type(spec.loader) is not SourceFileLoader:
            return spec  # not found, an extension module, a namespace package, a .pyc...
        if self.hook.is_compiling():
            # The compiler itself is importing something: CPython compiles it.
            self.hook.imported_while_compiling.append(fullname)
            return spec
        spec.loader = ClearpySourceLoader(spec.loader.name, spec.loader.path)
        return spec  # spec.cached, so __cached__, stays CPython's usual path (never written)

    def invalidate_caches(self):
        pass  # PathFinder, still on sys.meta_path, is asked too


# -- installing ----------------------------------------------------------------------------------

def _loaded_from_source_by_cpython(module) -> bool:
    loader = getattr(getattr(module, "__spec__", None), "loader", None)
    return type(loader) is SourceFileLoader


def _is_shared(name: str) -> bool:
    return any(name == shared or name.startswith(shared + ".") for shared in SHARED_MODULES)


def forget_modules(keep) -> dict:
    """Remove the CPython-compiled stdlib modules the compiler loaded from ``sys.modules``.

    The compiler keeps its references to them (it is CPython-compiled code
    and stays so); the program, importing them again, gets fresh copies that
    clearpy compiles. ``keep`` are the modules to leave alone (those loaded
    before the compiler). Returns the modules removed, by name.
    """
    forgotten = {}
    for name, module in list(sys.modules.items()):
        if name in keep or name.startswith("clearpy") or _is_shared(name) or name == "__main__":
            continue
        if _loaded_from_source_by_cpython(module):
            del sys.modules[name]
            forgotten[name] = module
    return forgotten


# Compiled once at install time so that every part of the compiler that is
# imported on first use (the parser, the tokenizer, warnings and errors) is
# loaded before forget_modules runs.
WARM_UP_SOURCE = '''
import os as _os, os.path
from . import sibling
def f(a, /, b=1, *c, d, **e):
    global g
    x = [i for i in c if i is not None]
    y = lambda: (yield)
    async def h():
        async with a as b:
            await b
    try:
        pass
    except* ValueError:
        pass
    match a:
        case {"k": [1, *rest]} | [*rest] as s if s:
            pass
    return f"{x!r:>{b}} {d=}" + b"\\x00".decode() + "\\N{BULLET}"
class C(int, metaclass=type):
    z: int = 1
    def m(self):
        return super().m() or __class__
if 1 is 1:
    pass
'''


def _warm_up(compile_function) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        compile_function(WARM_UP_SOURCE, "<warm-up>", "exec", dont_inherit=True)
        for broken in ("x = (", "return 1", "f(**a, *b)", "'\\N{NO SUCH NAME}'", "nonlocal x"):
            try:
                compile_function(broken, "<warm-up>", "exec", dont_inherit=True)
            except SyntaxError:
                pass


def cache_directory(parser: str = "clearpy") -> str:
    """The cache directory for the compiler as its sources are now.

    ``$CLEARPY_HOOK_CACHE`` or ``~/.cache/clearpy/cpython-hook``, then a
    directory named after a digest of every source file of clearpy's
    tokenizer, parser, compiler and bytecode packages (and which parser is
    used): any edit to the compiler starts a new, empty cache. The hook's own
    files do not change what the compiler makes, and are left out.
    """
    import hashlib

    import clearpy

    package = os.path.dirname(clearpy.__file__)
    digest = hashlib.blake2b(parser.encode(), digest_size=10)
    for stage in ("tokenizer", "parser", "compiler", "bytecode"):
        for directory, subdirectories, files in sorted(os.walk(os.path.join(package, stage))):
            subdirectories.sort()
            for filename in sorted(files):
                if filename.endswith(".py") and filename not in HOOK_FILES:
                    with open(os.path.join(directory, filename), "rb") as file:
                        digest.update(filename.encode() + b"\0" + file.read())
    root = os.environ.get(CACHE_DIRECTORY_VARIABLE) or os.path.join(
        os.path.expanduser("~"), ".cache", "clearpy", "cpython-hook")
    return os.path.join(root, digest.hexdigest())


def _remove_old_caches(current: str) -> None:
    """Keep the ``FINGERPRINTS_KEPT`` most recently used cache directories."""
    import shutil

    root = os.path.dirname(current)
    try:
        entries = [os.path.join(root, name) for name in os.listdir(root)]
    except OSError:
        return
    others = sorted((entry for entry in entries if entry != current and os.path.isdir(entry)),
                    key=os.path.getmtime, reverse=True)
    for old in others[FINGERPRINTS_KEPT - 1:]:
        shutil.rmtree(old, ignore_errors=True)


_installed: ClearpyHook | None = None


def replace_builtin_compile(hook: ClearpyHook) -> None:
    """Make ``builtins.compile`` clearpy's for the program.

    ``compile()`` inherits the ``from __future__`` features of the code that
    calls it; a function standing in for it must read them from its caller's
    frame (``sys._getframe(1)``) and pass them on.
    """
    import builtins

    def compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
                _feature_version=-1):
        return hook.builtin_compile(source, filename, mode, flags, dont_inherit, optimize,
                                    _feature_version=_feature_version,
                                    _inherited_flags=sys._getframe(1).f_code.co_flags)

    compile.__doc__ = hook.cpython_compile.__doc__
    builtins.compile = compile


def install(*, parser: str = "clearpy", cache: bool = True, keep=None,
            compile_builtin: bool = False) -> ClearpyHook:
    """Make CPython compile every module it imports from source with clearpy.

    ``parser`` is the parser ``clearpy.compile`` uses: ``"clearpy"`` (the
    whole front end is clearpy's) or ``"cpython"`` (to check the compiler
    alone). ``cache``: keep compiled code in clearpy's cache (see
    ``cache_directory``). ``compile_builtin``: replace ``compile()`` too.

    The modules that CPython compiled from source and that are not named in
    ``keep`` (default: the modules loaded before this call) are forgotten
    (``forget_modules``), so that the program gets clearpy-compiled copies:
    the stdlib modules the compiler loaded, at least. ``python -m
    clearpy.compiler.with_cpython_vm`` passes ``keep=()``: everything CPython
    compiled before, ``types`` for one, is compiled again by clearpy.
    Installing twice returns the hook already installed.
    """
    global _installed
    if _installed is not None:
        return _installed
    keep = set(sys.modules if keep is None else keep)
    from clearpy.compiler.compile import compile as clearpy_compile, set_parser

    set_parser(parser)
    _warm_up(clearpy_compile)
    cache_prefix = None
    if cache:
        cache_prefix = cache_directory(parser)
        os.makedirs(cache_prefix, exist_ok=True)
        os.utime(cache_prefix)  # mark it as the most recently used
        _remove_old_caches(cache_prefix)
        from clearpy.bytecode import pyc_cache  # noqa: F401  (loaded before forgetting)
    hook = ClearpyHook(clearpy_compile, cache_prefix=cache_prefix)
    ClearpySourceLoader.hook = hook
    hook.compiler_modules = forget_modules(keep)
    sys.meta_path.insert(0, ClearpyFinder(hook))
    if compile_builtin:
        replace_builtin_compile(hook)
    sys.path_importer_cache.clear()
    _installed = hook
    return hook
