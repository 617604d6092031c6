"""clearpy's bytecode cache: compile a module once, reuse the ``.pyc`` while it is fresh.

Compiling is the expensive part of starting a program: tokenizing, parsing
and compiling every module it imports. So, as CPython does, clearpy keeps
each module's compiled code in a ``.pyc`` file (``clearpy.bytecode.pyc``)
next to the source::

    pkg/module.py  ->  pkg/__pycache__/module.clearpy-312.pyc
                       pkg/__pycache__/module.clearpy-312.opt-1.pyc   (optimize=1: no asserts)
                       pkg/__pycache__/module.clearpy-312.opt-2.pyc   (optimize=2: no docstrings either)

``clearpy-312`` is the *cache tag*: whose files these are, and for which
Python (CPython's own are ``NAME.cpython-312.pyc``; clearpy never touches
them). The compile step is pluggable (``clearpy.bytecode.compilers``), and
each file's seal records which compiler made its code, so code compiled by
one is never served when the other is asked for.

The main entry point, for the VM's importer and ``clearpy run``::

    code, outcome = load_or_compile("pkg/module.py", compiler="auto", optimize=0)
    outcome.used_cache     # True: the .pyc was fresh and nothing was compiled
    outcome.describe()     # one sentence for people: what happened and why

The rules, the same as CPython's importer:

- a cache file is used only if its seal is intact (nothing damaged it),
  it was made by the requested compiler, and it is up to date with its
  source (timestamp or hash, see ``pyc``); a missing, stale, truncated or
  damaged file is never trusted and never an error: the module is compiled
  again and the file rewritten;
- files are written atomically: to a temporary file in the same directory,
  then renamed over the old one, so a reader (or a concurrent writer) never
  sees half a file;
- when the directory is not writable, there is simply no cache (the module
  still runs); ``sys.pycache_prefix`` (``PYTHONPYCACHEPREFIX``, ``-X
  pycache_prefix``) moves every cache file under one directory instead, and
  ``sys.dont_write_bytecode`` (``PYTHONDONTWRITEBYTECODE``, ``-B``) turns
  writing off.
"""

import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass

from clearpy.bytecode.compilers import Compiler, as_compiler
from clearpy.bytecode.pyc import (
    BadPycError, InvalidationMode, PycHeader, header_for, load_code, pyc_bytes, read_header,
    source_hash, unseal)

CACHE_TAG = "clearpy-312"
PYCACHE = "__pycache__"
BYTECODE_SUFFIX = ".pyc"


def optimization_level(optimize: int) -> int:
    """``optimize=-1`` means "as the running interpreter": ``sys.flags.optimize``."""
    return sys.flags.optimize if optimize == -1 else optimize


# Default of ``pycache_prefix`` parameters: read ``sys.pycache_prefix`` at call time.
FROM_SYS = "from sys"


def cache_path(source_path: str | os.PathLike, optimize: int = -1, tag: str = CACHE_TAG,
               pycache_prefix: str | None = FROM_SYS) -> str:
    """Where the cache file of ``source_path`` lives (whether or not it exists).

    The same rule as ``importlib.util.cache_from_source``, with ``tag`` for
    the interpreter's cache tag: ``DIR/__pycache__/NAME.TAG[.opt-N].pyc``, or
    under ``pycache_prefix`` (by default ``sys.pycache_prefix``) when it is
    set, in a mirror of the source's absolute directory.
    """
    if pycache_prefix == FROM_SYS:
        pycache_prefix = sys.pycache_prefix
    source_path = os.fspath(source_path)
    directory, filename = os.path.split(source_path)
    base, dot, extension = filename.rpartition(".")
    name = f"{base if base else extension}{dot}{tag}"
    level = optimization_level(optimize)
    if level:
        name += f".opt-{level}"
    name += BYTECODE_SUFFIX
    if pycache_prefix is not None:
        absolute = os.path.abspath(directory)
        return os.path.join(pycache_prefix, absolute.lstrip(os.sep), name)
    return os.path.join(directory, PYCACHE, name)


@dataclass(frozen=True)
class CacheOutcome:
    """What happened to the cache when a module was loaded: used, or why not."""

    cache_path: str
    used_cache: bool                  # the code came from the .pyc, nothing was compiled
    why_compiled: str | None = None   # e.g. "no cache file yet", "stale: the source changed"
    written: bool = False             # a new .pyc was written
    why_not_written: str | None = None

    def describe(self) -> str:
        if self.used_cache:
            return f"loaded from the cache {self.cache_path} (up to date, nothing compiled)"
        text = f"compiled ({self.why_compiled})"
        if self.written:
            return f"{text}; wrote the cache {self.cache_path}"
        return f"{text}; cache {self.cache_path} not written: {self.why_not_written}"


# -- deciding whether a cache file can be trusted ------------------------------------------

class StaleCacheError(Exception):
    """The cache file is intact but out of date with its source."""

    def __init__(self, reason: str, mode: InvalidationMode):
        super().__init__(reason)
        self.mode = mode  # how the stale file was checked; a rebuilt file keeps it


def check_fresh(header: PycHeader, source_stat: os.stat_result,
                read_source: Callable[[], bytes]) -> None:
    """Raise StaleCacheError unless ``header`` matches the source.

    ``read_source`` is called only when a hash must be checked: a timestamp
    check needs only the source's ``stat``, so a fresh cache file means the
    source is never even read. The ``--check-hash-based-pycs`` option of
    CPython (``always``/``never``) is respected for hash-based files.
    """
    import _imp

    mode = header.mode
    if mode is InvalidationMode.TIMESTAMP:
        if header.mtime != int(source_stat.st_mtime) & 0xFFFF_FFFF:
            raise StaleCacheError("stale: the source's modification time changed", mode)
        if header.source_size != source_stat.st_size & 0xFFFF_FFFF:
            raise StaleCacheError("stale: the source's size changed", mode)
        return
    policy = _imp.check_hash_based_pycs  # "default", "always" or "never"
    check = policy != "never" and (mode is InvalidationMode.CHECKED_HASH or policy == "always")
    if check and header.source_hash != source_hash(read_source()):
        raise StaleCacheError("stale: the source's hash changed", mode)


def with_filename(code, filename: str):
    """``code`` (and the code nested in it) with ``co_filename`` set to ``filename``.

    A cache file remembers the file name the code was compiled under; if the
    source was since moved or reached by another path, tracebacks must show
    where it is now (CPython's importer does the same).
    """
    if code.co_filename == filename:
        return code
    constants = tuple(with_filename(constant, filename) if hasattr(constant, "co_code") else constant
                      for constant in code.co_consts)
    return code.replace(co_filename=filename, co_consts=constants)


def read_cache(path: str, compiler: Compiler, source_stat: os.stat_result,
               read_source: Callable[[], bytes]):
    """``(code, header)`` from the cache file at ``path`` if it can be trusted.

    Raises OSError (no file), BadPycError (damaged, or not clearpy's) or
    StaleCacheError (out of date, or made by another compiler).
    """
    with open(path, "rb") as file:
        data = file.read()
    header = read_header(data)
    payload, sealed_by = unseal(data)
    if sealed_by is None:
        raise BadPycError("is damaged: its seal does not match its contents")
    if sealed_by != compiler.name:
        raise StaleCacheError(f"stale: made by {sealed_by}'s compiler, {compiler.name}'s is asked for",
                              header.mode)
    check_fresh(header, source_stat, read_source)
    return load_code(payload, verify=False), header  # the intact seal vouches for the data


def try_cache(path: str, compiler: Compiler, source_stat: os.stat_result,
              read_source: Callable[[], bytes]):
    """``(code, None, None)`` if the cache file can be used, else ``(None, why, mode)``.

    ``why`` says in words why not; ``mode`` is the invalidation mode of a
    stale file (a rebuilt file keeps it), else None.
    """
    try:
        code, _header = read_cache(path, compiler, source_stat, read_source)
        return code, None, None
    except FileNotFoundError:
        return None, "no cache file yet", None
    except OSError as error:
        return None, f"cache file unreadable: {error.strerror or error}", None
    except BadPycError as error:
        return None, f"cache file {error}", None
    except StaleCacheError as error:
        return None, str(error), error.mode


def inspect_cache(source_path: str | os.PathLike, compiler: "Compiler | Callable | str" = "auto",
                  optimize: int = -1) -> tuple[str, str | None]:
    """``(cache path, None)`` if a fresh cache file exists, else ``(cache path, why not)``.

    Looks only; compiles and writes nothing (for ``clearpy explain``).
    """
    compiler = as_compiler(compiler)
    source_path = os.fspath(source_path)
    path = cache_path(source_path, optimize)

    def read_source() -> bytes:
        with open(source_path, "rb") as file:
            return file.read()

    code, why, _ = try_cache(path, compiler, os.stat(source_path), read_source)
    return path, why


# -- writing ---------------------------------------------------------------------------------------

def write_atomically(path: str, data: bytes, mode: int = 0o666) -> None:
    """Write ``data`` to ``path`` so that nobody ever sees a partial file.

    The bytes go to a new temporary file in the same directory, which then
    replaces ``path`` in one step (``os.replace`` is atomic on POSIX and
    Windows). Concurrent writers each use their own temporary file; the last
    rename wins, and every version is complete. On failure the temporary
    file is removed and the old ``path``, if any, is left as it was.
    """
    temporary = f"{path}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode & 0o666)
    try:
        with open(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def cache_file_mode(source_path: str) -> int:
    """The permissions of a cache file: the source's, plus writable by its owner (as CPython)."""
    try:
        return os.stat(source_path).st_mode | 0o200
    except OSError:
        return 0o666


def write_cache(path: str, code, header: PycHeader, source_path: str, compiler: Compiler) -> None:
    """Create the cache directory if needed and write the sealed ``.pyc`` atomically.

    Raises OSError when the directory or the file cannot be written.
    """
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    write_atomically(path, pyc_bytes(code, header, sealed_by=compiler.name), cache_file_mode(source_path))


# -- the entry point -----------------------------------------------------------------------------

def load_or_compile(source_path: str | os.PathLike, compiler: "Compiler | Callable | str" = "auto",
                    optimize: int = -1, *,
                    invalidation_mode: InvalidationMode = InvalidationMode.TIMESTAMP,
                    write: bool | None = None, pycache_prefix: str | None = FROM_SYS,
                    tag: str = CACHE_TAG) -> tuple[object, CacheOutcome]:
    """The code object of the module at ``source_path``, from its cache file when fresh.

    ``compiler`` is a ``Compiler``, a choice (``"auto"``, ``"clearpy"``,
    ``"cpython"``) or a function with ``compile()``'s signature. ``optimize``
    is ``compile()``'s (-1: the interpreter's level). Returns ``(code,
    outcome)``; ``outcome`` says whether the cache was used and, if not, why.

    ``write`` (default: ``not sys.dont_write_bytecode``) says whether a new
    cache file may be written, and ``pycache_prefix`` (default:
    ``sys.pycache_prefix``) where cache files live; an interpreter with its
    own ``sys`` passes its own values. ``invalidation_mode`` is the kind of
    file written for a module with no cache yet. ``tag`` is the cache tag in
    the file's name (``clearpy.stages``: one per front end).

    Errors in the source (SyntaxError...) and an unreadable source (OSError)
    are raised as ``compile()`` and ``open()`` raise them. Problems with the
    cache never are: they only cost a compilation.
    """
    compiler = as_compiler(compiler)
    source_path = os.fspath(source_path)
    path = cache_path(source_path, optimize, tag, pycache_prefix)
    source_stat = os.stat(source_path)
    source_bytes = None

    def read_source() -> bytes:
        nonlocal source_bytes
        if source_bytes is None:
            with open(source_path, "rb") as file:
                source_bytes = file.read()
        return source_bytes

    code, why, previous_mode = try_cache(path, compiler, source_stat, read_source)
    if code is not None:
        return with_filename(code, source_path), CacheOutcome(path, used_cache=True)

    code = compiler.compile(read_source(), source_path, "exec", dont_inherit=True,
                            optimize=optimize)
    if write is None:
        write = not sys.dont_write_bytecode
    if not write:
        return code, CacheOutcome(path, False, why,
                                  why_not_written="writing bytecode is turned off (dont_write_bytecode)")
    # A hash-based file stays hash-based when rebuilt, as CPython's importer does.
    mode = previous_mode if previous_mode not in (None, InvalidationMode.TIMESTAMP) else invalidation_mode
    try:
        write_cache(path, code, header_for(mode, read_source(), source_stat.st_mtime), source_path,
                    compiler)
    except OSError as error:
        return code, CacheOutcome(path, False, why, why_not_written=_os_error_text(error))
    return code, CacheOutcome(path, False, why, written=True)


def _os_error_text(error: OSError) -> str:
    if error.strerror and error.filename:
        return f"{error.strerror}: {error.filename!r}"
    return str(error)


# What compile() raises for a program it cannot compile: the program's fault, not
# the compiler's (SyntaxError and its subclasses above all; ValueError for some
# bad input; RecursionError and MemoryError for absurdly deep nesting).
PROGRAM_ERRORS = (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError)


class ProgramCompileError(Exception):
    """The program could not be compiled; ``error`` is what the compiler raised."""

    def __init__(self, error: BaseException):
        super().__init__(error)
        self.error = error


def compile_to_cache_file(source_path: str, compiler: "Compiler | Callable | str" = "auto",
                          optimize: int = -1, invalidation_mode: InvalidationMode | None = None,
                          cache_file: str | None = None) -> str:
    """Compile ``source_path`` and write its cache file unconditionally, as ``py_compile`` does.

    Returns the cache file's path. Raises what goes wrong: OSError reading
    the source or writing the file, FileExistsError if the cache path is a
    symlink or not a regular file (it would be replaced by one), and
    ProgramCompileError when the program itself cannot be compiled.
    ``invalidation_mode`` None means py_compile's default: checked-hash when
    the SOURCE_DATE_EPOCH environment variable is set (reproducible builds),
    timestamp otherwise.
    """
    compiler = as_compiler(compiler)
    if invalidation_mode is None:
        invalidation_mode = (InvalidationMode.CHECKED_HASH if os.environ.get("SOURCE_DATE_EPOCH")
                             else InvalidationMode.TIMESTAMP)
    if cache_file is None:
        cache_file = cache_path(source_path, optimize)
    if os.path.islink(cache_file):
        raise FileExistsError(f"{cache_file} is a symlink and will be changed into a regular file "
                              "if import writes a byte-compiled file to it")
    if os.path.exists(cache_file) and not os.path.isfile(cache_file):
        raise FileExistsError(f"{cache_file} is a non-regular file and will be changed into a "
                              "regular one if import writes a byte-compiled file to it")
    with open(source_path, "rb") as file:
        source = file.read()
    source_mtime = os.stat(source_path).st_mtime
    try:
        code = compiler.compile(source, source_path, "exec", dont_inherit=True, optimize=optimize)
    except PROGRAM_ERRORS as error:
        raise ProgramCompileError(error) from error
    write_cache(cache_file, code, header_for(invalidation_mode, source, source_mtime), source_path,
                compiler)
    return cache_file
