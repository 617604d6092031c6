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
usual) and, when the answer is a source file, hands back the same spec, with
one change to its loader: CPython's ``SourceFileLoader``, whose ``get_code``
would read CPython's ``.pyc`` or call the built-in ``compile()``, gets a
``get_code`` of its own (``ClearpyGetCode``) that compiles with clearpy. The
loader is otherwise CPython's own, of CPython's own class: ``__file__``,
``__spec__``, ``get_source`` (for tracebacks and ``inspect``) and resources
work as usual. Built-in and extension modules, namespace packages and
``.pyc``-only modules are left to CPython.

It never writes CPython's ``__pycache__/NAME.cpython-312.pyc`` files, nor reads
them (they hold CPython's code); ``__cached__`` still names that file, as
usual. Compiled code is kept in clearpy's cache (``clearpy.bytecode.
pyc_cache``), in a directory named after a fingerprint of clearpy's compiler
sources, so a change to the compiler never serves code the old compiler made
(``cache_directory``). That cache is the tool's own, outside the program's
directories, so it is written even when ``sys.dont_write_bytecode`` (``-B``,
``PYTHONDONTWRITEBYTECODE``) says not to write the program's ``.pyc`` files;
``cache=False`` compiles every module every time.

What stays compiled by CPython
------------------------------
- Modules CPython imported before ``install()`` ran (``keep``): its start-up
  modules (``os``, ``site``, ``codecs``, ``io``, ``abc``, ``stat``,
  ``posixpath``... most of them *frozen* into the interpreter; ``encodings``,
  whose search function the codec registry holds) and, with ``python -m``,
  ``runpy``, ``importlib.util`` and ``importlib.machinery``.
- ``warnings`` and ``importlib``: the compiler and the program must share one
  ``warnings`` (its filters live in the module's attributes), and the hook is
  built on ``importlib``.
- clearpy itself, and the copies of the stdlib modules *the compiler* uses
  (``ast``, ``enum``, ``re``, ``contextlib``...): after loading the compiler,
  ``install()`` removes those modules from ``sys.modules`` (``forget_modules``),
  so that the program imports its own copies, which clearpy compiles.
  Anything the compiler itself imports while compiling is imported by
  CPython's machinery, and listed by ``report()``.
- Code the program compiles at run time: ``exec(str)`` and ``eval(str)``
  stay CPython's, and so does ``compile()`` unless ``install(compile_builtin=
  True)`` (``--compile-builtin``) replaces it (``replace_builtin_compile``):
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

from clearpy import own_caches

# The modules whose one copy the compiler and the program share (see above).
SHARED_MODULES = ("warnings", "importlib")

# Where compiled code is cached, under the user's cache directory.
CACHE_DIRECTORY_VARIABLE = "CLEARPY_HOOK_CACHE"

INTERNAL_ERROR_MARK = "clearpy: internal error"
IMPORTLIB_FILENAME = "<frozen importlib._bootstrap_external>"


class ClearpyCompilerCrash(RuntimeError):
    """clearpy's compiler failed on a module CPython compiles: a bug in clearpy."""


def checked(path: str, work, program_errors):
    """Run ``work()``; an unexpected exception is clearpy's bug, and says so.

    ``program_errors`` are the exceptions that are the program's fault (a
    SyntaxError in its source...), raised as CPython's compiler raises them.
    """
    try:
        return work()
    except program_errors:
        raise
    except OSError:
        raise  # the source could not be read
    except Exception as error:
        raise ClearpyCompilerCrash(f"{INTERNAL_ERROR_MARK}: clearpy.compile failed on {path}: "
                                   f"{type(error).__name__}: {error}") from error


class ClearpyHook:
    """The installed hook: how it compiles, and what it compiled."""

    def __init__(self, compile_function, *, cache_prefix: str | None):
        # Everything a compilation needs is looked up now: a program may
        # rearrange sys.modules and sys.path later (the tests of importlib do).
        import builtins

        from clearpy.bytecode.compilers import Compiler
        from clearpy.bytecode.pyc_cache import PROGRAM_ERRORS, load_or_compile
        from clearpy.compiler.compile import PyCF_MASK, PyCF_ONLY_AST

        self.compiler = Compiler("clearpy", compile_function)
        self.load_or_compile = load_or_compile
        self.program_errors = PROGRAM_ERRORS  # the program's errors, not clearpy's
        # compile() also raises TypeError, for wrong arguments and invalid syntax trees.
        self.compile_errors = PROGRAM_ERRORS + (TypeError,)
        self.future_flags, self.only_ast = PyCF_MASK, PyCF_ONLY_AST
        self.cpython_compile = builtins.compile
        self.cache_prefix = cache_prefix  # None: no cache
        self.program = None           # the script or -c code clearpy compiled, if any
        self.compiled = []            # module files clearpy compiled (or took from its cache)
        self.cache_hits = 0
        self.imported_while_compiling = []  # modules CPython compiled during a compilation
        self.compiler_modules = {}    # the compiler's copies of the modules it forgot, by name
        self._compiling = _thread._local()  # per thread: is clearpy's compiler running?

    # -- running the compiler unseen ----------------------------------------------------------
    def is_compiling(self) -> bool:
        return getattr(self._compiling, "active", False)

    def run_compiler(self, work):
        """Run ``work()`` as the compiler: unseen by the program, as CPython's C compiler is.

        While it runs, the compiler's own copies of the modules it uses are
        back in ``sys.modules`` in place of the program's (for the compiler's
        ``import`` statements inside functions, which may run while the
        program's copy of that module is half imported), other imports it
        makes are left to CPython (``ClearpyFinder`` steps aside), and a trace
        or profile function the program set (``sys.settrace``) is paused, so
        that it never sees clearpy's frames.
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
    def compile_source(self, source, path: str):
        """Compile a program's source with clearpy (no cache), for ``exec``."""
        return self.run_compiler(lambda: checked(
            path, lambda: self.compiler.compile(source, path, "exec", dont_inherit=True),
            self.program_errors))

    def compile_module(self, path: str):
        """The code of the module in ``path``, from clearpy's cache when it is fresh."""
        if self.cache_prefix is None:
            with open(path, "rb") as file:
                code = self.compile_source(file.read(), path)
        else:
            code, outcome = self.run_compiler(lambda: checked(
                path, lambda: self.load_or_compile(path, self.compiler, write=True,
                                                   pycache_prefix=self.cache_prefix),
                self.program_errors))
            self.cache_hits += outcome.used_cache
        self.compiled.append(path)
        return code

    def builtin_compile(self, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
                        _feature_version=-1, _inherited_flags=0):
        """``compile()`` for the program, with clearpy's compiler (``replace_builtin_compile``)."""
        if not dont_inherit:
            flags |= _inherited_flags & self.future_flags
        if flags & self.only_ast:  # parsing only: CPython's (ast.parse)
            return self.cpython_compile(source, filename, mode, flags, True, optimize,
                                        _feature_version=_feature_version)
        try:
            return self.run_compiler(lambda: checked(
                filename, lambda: self.compiler.compile(source, filename, mode, flags, True,
                                                        optimize, _feature_version=_feature_version),
                self.compile_errors))
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
                                  if compiled_by_cpython_from_source(module)
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


# -- the loader's new get_code ------------------------------------------------------------------

def _exhausted_generator():
    yield


# A finished generator: its throw() raises the exception it is given straight
# from C, adding no frame to the traceback (see ClearpyGetCode.__call__).
_FINISHED = _exhausted_generator()
for _ in _FINISHED:
    pass


class ClearpyGetCode:
    """The ``get_code`` of one module's ``SourceFileLoader``: clearpy compiles the module.

    Set on the loader object itself (``loader.get_code``), so that the loader
    stays of CPython's class. CPython's loaders compare equal when their
    attributes do, so two of these are equal when they load the same file
    under the same name.
    """

    __slots__ = ("hook", "name", "path")

    def __init__(self, hook: ClearpyHook, name: str, path: str):
        self.hook, self.name, self.path = hook, name, path

    def __eq__(self, other):
        return (type(other) is ClearpyGetCode
                and (self.name, self.path) == (other.name, other.path))

    def __hash__(self):
        return hash((self.name, self.path))

    def __repr__(self):
        return f"ClearpyGetCode({self.name!r}, {self.path!r})"

    def __call__(self, fullname=None):
        # A SyntaxError in a module must show the traceback CPython shows: the
        # line that imported the module, then the error. CPython cuts its
        # import machinery out of tracebacks: a run of frames of <frozen
        # importlib._bootstrap> and _bootstrap_external that ends in
        # _call_with_frames_removed (which wraps its call to compile()) is
        # removed ("remove_importlib_frames" in Python/import.c). So this
        # function's code is labelled as part of that machinery (co_filename,
        # set below the class), and re-raises the error, without clearpy's
        # frames, through _call_with_frames_removed and the throw() of a
        # finished generator, which adds no frame of its own.
        try:
            return self.hook.compile_module(self.path)
        except Exception as error:
            if not isinstance(error, self.hook.program_errors):
                raise
            _call_with_frames_removed(_FINISHED.throw, error.with_traceback(None))


ClearpyGetCode.__call__.__code__ = ClearpyGetCode.__call__.__code__.replace(
    co_filename=IMPORTLIB_FILENAME)  # see the comment in __call__


def compiled_by_cpython_from_source(module) -> bool:
    """Was ``module`` loaded from a ``.py`` file by a loader that clearpy did not change?"""
    loader = getattr(getattr(module, "__spec__", None), "loader", None)
    return (type(loader) is SourceFileLoader
            and not isinstance(vars(loader).get("get_code"), ClearpyGetCode))


class ClearpyFinder:
    """A ``sys.meta_path`` finder: CPython's path search, clearpy's compiler for source files."""

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
        loader = spec.loader
        loader.get_code = ClearpyGetCode(self.hook, loader.name, loader.path)
        return spec

    def invalidate_caches(self):
        pass  # PathFinder, still on sys.meta_path, is asked too


# -- the program's own copies of the modules the compiler uses ---------------------------------

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
        if compiled_by_cpython_from_source(module):
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


# -- the cache directory ---------------------------------------------------------------------

def cache_directory(front_end: str = "clearpy") -> str:
    """The cache directory for the compiler as its sources are now.

    ``$CLEARPY_HOOK_CACHE`` or ``~/.cache/clearpy/cpython-hook``, then a
    directory named after a fingerprint of clearpy's tokenizer, parser,
    compiler and bytecode sources and of the front end's name
    (``Stages.front_end_name``: whose tokenizer, parser and compiler), see
    ``clearpy.own_caches``: any edit to the compiler starts a new, empty cache.
    """
    return own_caches.cache_directory("cpython-hook", front_end,
                                      root=os.environ.get(CACHE_DIRECTORY_VARIABLE))


# -- installing ----------------------------------------------------------------------------------

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


_installed: ClearpyHook | None = None


def install(*, parser: str = "clearpy", tokenizer: str | None = None, compiler: str = "clearpy",
            cache: bool = True, keep=None, compile_builtin: bool = False) -> ClearpyHook:
    """Make CPython compile every module it imports from source with clearpy.

    ``tokenizer``, ``parser`` and ``compiler`` say whose each stage of the
    front end is, ``"clearpy"`` or ``"cpython"`` (``clearpy.stages``): by
    default all clearpy's; ``parser="cpython"`` checks clearpy's compiler
    alone, ``compiler="cpython"`` clearpy's parser alone. ``cache``: keep
    compiled code in clearpy's cache (see ``cache_directory``).
    ``compile_builtin``: replace ``compile()`` too.

    The modules that CPython compiled from source and that are not named in
    ``keep`` (default: the modules loaded before this call) are forgotten
    (``forget_modules``), so that the program gets clearpy-compiled copies:
    the stdlib modules the compiler loaded, at least.
    Installing twice returns the hook already installed.
    """
    global _installed
    if _installed is not None:
        return _installed
    keep = set(sys.modules if keep is None else keep)
    from clearpy.stages import Stages

    stages = Stages.choose(tokenizer, parser, compiler, vm="cpython")
    compile_function = stages.compile_function() or builtins_compile()
    _warm_up(compile_function)
    cache_prefix = None
    if cache:
        cache_prefix = cache_directory(stages.front_end_name())
        own_caches.make_ready(cache_prefix)
    hook = ClearpyHook(compile_function, cache_prefix=cache_prefix)
    hook.compiler_modules = forget_modules(keep)
    sys.meta_path.insert(0, ClearpyFinder(hook))
    if compile_builtin:
        replace_builtin_compile(hook)
    _installed = hook
    return hook


def builtins_compile():
    """CPython's own ``compile()``: the whole front end CPython's (through the hook all the same)."""
    import builtins

    return builtins.compile
