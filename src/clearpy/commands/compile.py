"""``clearpy compile [-q] [--invalidation-mode MODE] PATH...``: fill the bytecode cache ahead of time.

It does what ``python -m compileall`` does, with clearpy's cache files:
each ``.py`` file named, and every ``.py`` file found under each directory
named (recursively, ``__pycache__`` skipped), is compiled and its ``.pyc``
written to ``__pycache__/NAME.clearpy-312.pyc``. Files whose cache is
already up to date are skipped (unless ``-f``). The messages, their order
and the exit status are compileall's:

    Listing 'DIR'...            a directory is searched (not with -q)
    Compiling 'FILE'...         a file is compiled (not with -q)
    *** <the error>             a file could not be compiled; the exit status becomes 1

``-q`` prints only errors (each after ``*** Error compiling 'FILE'...``);
``-qq`` prints nothing. A path that is neither a file nor a directory
prints ``Can't list 'PATH'`` and, as in compileall, does not fail the run.
"""

import argparse
import os
import re
import struct
import sys
import traceback

from clearpy.bytecode.compilers import CHOICES, Compiler, choose_compiler
from clearpy.bytecode.pyc import MAGIC_NUMBER, InvalidationMode, read_seal
from clearpy.bytecode.pyc_cache import PYCACHE, ProgramCompileError, cache_path, compile_to_cache_file


def walk_directory(directory: str, max_levels: int, quiet: int):
    """Every file under ``directory`` in sorted order, descending ``max_levels`` levels."""
    if not quiet:
        print(f"Listing {directory!r}...")
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        if quiet < 2:
            print(f"Can't list {directory!r}")
        names = []
    for name in names:
        if name == PYCACHE:
            continue
        full_name = os.path.join(directory, name)
        if not os.path.isdir(full_name):
            yield full_name
        elif max_levels > 0 and name not in (os.curdir, os.pardir) and not os.path.islink(full_name):
            yield from walk_directory(full_name, max_levels - 1, quiet)


def is_up_to_date(source_path: str, cache_files: list[str], compiler: Compiler) -> bool:
    """compileall's quick check: each cache file is timestamp-based with the source's mtime.

    The first 12 bytes are compared (magic, flags 0, mtime), as compileall
    does, so hash-based files are always rebuilt; and the file must be
    intact and made by the same compiler (its seal).
    """
    try:
        mtime = int(os.stat(source_path).st_mtime)
        expected = MAGIC_NUMBER + struct.pack("<II", 0, mtime & 0xFFFF_FFFF)
        for cache_file in cache_files:
            with open(cache_file, "rb") as file:
                data = file.read()
            if data[:12] != expected or read_seal(data) != compiler.name:
                return False
        return True
    except OSError:
        return False


def error_text(error: BaseException, source_path: str) -> str:
    """An error as compileall prints it after ``*** ``."""
    if isinstance(error, ProgramCompileError):
        cause = error.error
        if isinstance(cause, SyntaxError):
            text = "".join(traceback.format_exception_only(type(cause), cause))
            return text.replace('File "<string>"', f'File "{source_path}"')
        return f"Sorry: {type(cause).__name__}: {cause}"
    return f"{type(error).__name__}: {error}"


def compile_file(source_path: str, options, compiler: Compiler) -> bool:
    """Compile one file if it is a ``.py`` file; False if that failed."""
    if options.rx is not None and options.rx.search(source_path):
        return True
    if not os.path.isfile(source_path) or not source_path.endswith(".py"):
        return True
    levels = sorted(set(options.opt_levels))
    cache_files = {level: cache_path(source_path, level) for level in levels}
    if not options.force and is_up_to_date(source_path, list(cache_files.values()), compiler):
        return True
    quiet = options.quiet
    if not quiet:
        print(f"Compiling {source_path!r}...")
    try:
        for level in levels:
            compile_to_cache_file(source_path, compiler, level, options.invalidation_mode,
                                  cache_files[level])
    except (ProgramCompileError, SyntaxError, UnicodeError, OSError) as error:
        if quiet >= 2:
            return False
        if quiet:
            print(f"*** Error compiling {source_path!r}...")
        else:
            print("*** ", end="")
        # Print what cannot be encoded for the terminal as escapes, not as a crash.
        encoding = sys.stdout.encoding or sys.getdefaultencoding()
        print(error_text(error, source_path).encode(encoding, "backslashreplace").decode(encoding))
        return False
    return True


def compile_directory(directory: str, options, compiler: Compiler) -> bool:
    success = True
    for path in walk_directory(directory, options.max_levels, options.quiet):
        if not compile_file(path, options, compiler):
            success = False
    return success


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy compile",
        description="Compile Python files, and the files in directories (recursively), to "
                    "clearpy's .pyc cache files, like 'python -m compileall'.")
    parser.add_argument("paths", metavar="FILE|DIR", nargs="+",
                        help="files and directories to compile")
    parser.add_argument("-q", action="count", dest="quiet", default=0,
                        help="output only error messages; -qq will suppress the error messages as well.")
    parser.add_argument("--invalidation-mode", choices=[mode.value for mode in InvalidationMode],
                        help='set .pyc invalidation mode; defaults to "checked-hash" if the '
                             'SOURCE_DATE_EPOCH environment variable is set, and "timestamp" otherwise.')
    parser.add_argument("-f", action="store_true", dest="force",
                        help="force rebuild even if timestamps are up to date")
    parser.add_argument("-l", action="store_const", const=0, dest="max_levels",
                        help="don't recurse into subdirectories")
    parser.add_argument("-r", type=int, dest="recursion",
                        help="control the maximum recursion level (takes precedence over -l)")
    parser.add_argument("-x", metavar="REGEXP", dest="rx",
                        help="skip files matching the regular expression (searched in the full path)")
    parser.add_argument("-o", action="append", type=int, dest="opt_levels",
                        help="optimization level to compile with (repeatable; default -1: the "
                             "interpreter's own)")
    parser.add_argument("--compiler", choices=CHOICES, default="auto",
                        help="who compiles (default: clearpy's compiler when it is available, "
                             "else CPython's)")
    options = parser.parse_args(argv)
    if options.recursion is not None:
        options.max_levels = options.recursion
    elif options.max_levels is None:
        options.max_levels = sys.getrecursionlimit()
    options.rx = re.compile(options.rx) if options.rx else None
    options.opt_levels = options.opt_levels or [-1]
    if options.invalidation_mode:
        options.invalidation_mode = InvalidationMode(options.invalidation_mode)
    compiler = choose_compiler(options.compiler)
    success = True
    try:
        for path in options.paths:
            if os.path.isfile(path):
                success = compile_file(path, options, compiler) and success
            else:
                success = compile_directory(path, options, compiler) and success
    except KeyboardInterrupt:
        if options.quiet < 2:
            print("\n[interrupted]")
        return 1
    return 0 if success else 1
