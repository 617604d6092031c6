"""clearpy's own caches: code clearpy compiles for itself, apart from the program's ``.pyc`` files.

Two tools keep compiled code in directories of their own:

- the modules CPython *freezes* (importlib's bootstrap, ``os``, ``codecs``,
  ``zipimport``...): CPython compiled them when it was built and carries the
  code in its binary; clearpy compiles them from the standard library's
  sources with the front end in use, once, and keeps the code here
  (``clearpy.vm.bytecode_cache.frozen_module_code``);
- the import hook that makes CPython run clearpy-compiled code
  (``clearpy.compiler.cpython_hook``).

Such a cache is clearpy's, as frozen code is part of CPython's binary, so it is
written even when ``sys.dont_write_bytecode`` (``-B``, ``PYTHONDONTWRITEBYTECODE``)
says not to write the program's ``.pyc`` files. Its directory is named after a
*fingerprint* of the front end: a digest of every source file of clearpy's
tokenizer, parser, compiler and bytecode packages, and of the front end's
name. Any edit to the compiler starts a new, empty directory, so code that an
older compiler made is never served; the most recently used few are kept.
"""

import functools
import hashlib
import os
import shutil

ROOT_VARIABLE = "CLEARPY_CACHE"   # the root of clearpy's own caches (default ~/.cache/clearpy)
KEPT = 4    # directories of older compilers are removed beyond this many
FRONT_END_PACKAGES = ("tokenizer", "parser", "compiler", "bytecode")
# Files of those packages that do not change what the compiler makes.
NOT_IN_FINGERPRINT = ("cpython_hook.py", "with_cpython_vm.py")


@functools.cache
def fingerprint(front_end: str) -> str:
    """A digest of the front end's sources and of ``front_end`` (a name that
    says whose tokenizer, parser and compiler: ``Stages.front_end_name``)."""
    import clearpy

    package = os.path.dirname(clearpy.__file__)
    digest = hashlib.blake2b(front_end.encode(), digest_size=10)
    for stage in FRONT_END_PACKAGES:
        for directory, subdirectories, files in sorted(os.walk(os.path.join(package, stage))):
            subdirectories.sort()
            for filename in sorted(files):
                if filename.endswith(".py") and filename not in NOT_IN_FINGERPRINT:
                    with open(os.path.join(directory, filename), "rb") as file:
                        digest.update(filename.encode() + b"\0" + file.read())
    return digest.hexdigest()


def cache_directory(kind: str, front_end: str, root: str | None = None) -> str:
    """``ROOT/KIND/FINGERPRINT``: where the ``kind`` cache of ``front_end`` lives.

    ``root`` defaults to ``$CLEARPY_CACHE`` or ``~/.cache/clearpy``; a ``root``
    given is the directory of the fingerprints itself (no ``kind`` below it).
    """
    if root is None:
        base = os.environ.get(ROOT_VARIABLE) or os.path.join(os.path.expanduser("~"), ".cache",
                                                             "clearpy")
        root = os.path.join(base, kind)
    return os.path.join(root, fingerprint(front_end))


def make_ready(directory: str) -> None:
    """Create ``directory``, mark it as the most recently used, and remove the
    directories of older compilers beyond the ``KEPT`` most recently used."""
    os.makedirs(directory, exist_ok=True)
    os.utime(directory)
    root = os.path.dirname(directory)
    try:
        entries = [os.path.join(root, name) for name in os.listdir(root)]
        others = sorted((entry for entry in entries if entry != directory and os.path.isdir(entry)),
                        key=os.path.getmtime, reverse=True)
    except OSError:
        return   # another process removed one meanwhile: tidying can wait for the next run
    for old in others[KEPT - 1:]:
        shutil.rmtree(old, ignore_errors=True)
