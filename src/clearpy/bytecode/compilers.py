"""The compile step, pluggable: clearpy's own compiler or CPython's ``compile()``.

Every bytecode tool (``clearpy dis``, ``clearpy compile``, the ``.pyc`` cache,
``clearpy explain``) works on any ``types.CodeType``, whoever made it. Which
compiler makes it is a choice, so that each stage can be checked alone:

- ``"clearpy"``: ``clearpy.compile``, clearpy's own compiler (stage 3);
- ``"cpython"``: the host's built-in ``compile()``, the oracle;
- ``"auto"``: clearpy's compiler once it exists, CPython's until then.

Both have ``compile()``'s signature: ``compile(source, filename, mode,
flags=0, dont_inherit=False, optimize=-1)``.

Each compiler also names the tag of its cache files. A ``.pyc`` file holds
one compiler's output, so the tag says whose: clearpy's compiler writes
``NAME.clearpy-312.pyc``; code from CPython's ``compile()`` is exactly what
CPython itself caches, so it goes in CPython's own ``NAME.cpython-312.pyc``.
Swapping compilers therefore never serves one compiler's output as the other's.
"""

import builtins
import sys
from collections.abc import Callable
from dataclasses import dataclass

CLEARPY_CACHE_TAG = "clearpy-312"
CHOICES = ("auto", "clearpy", "cpython")


@dataclass(frozen=True)
class Compiler:
    """A compile function, its name for people, and the tag of its cache files."""

    name: str
    compile: Callable
    cache_tag: str


def cpython_compiler() -> Compiler:
    return Compiler("cpython", builtins.compile, sys.implementation.cache_tag)


def clearpy_compiler_available() -> bool:
    """Has clearpy's own compiler landed (is ``clearpy.compile`` defined)?"""
    import clearpy

    return "compile" in clearpy._STAGE_ENTRY_POINTS


def clearpy_compiler() -> Compiler:
    import clearpy

    if not clearpy_compiler_available():
        raise LookupError("clearpy's own compiler is not available yet; use the 'cpython' compiler")
    return Compiler("clearpy", clearpy.compile, CLEARPY_CACHE_TAG)


def choose_compiler(choice: str = "auto") -> Compiler:
    """The compiler called ``choice`` (one of ``CHOICES``)."""
    if choice == "auto":
        choice = "clearpy" if clearpy_compiler_available() else "cpython"
    if choice == "clearpy":
        return clearpy_compiler()
    if choice == "cpython":
        return cpython_compiler()
    raise ValueError(f"unknown compiler {choice!r}: choose one of {', '.join(CHOICES)}")


def as_compiler(compiler: "Compiler | Callable | str") -> Compiler:
    """Accept a ``Compiler``, a choice name, or a bare compile function.

    A bare function is taken to be CPython's if it *is* the built-in
    ``compile``, and clearpy's otherwise (its files get clearpy's tag).
    """
    if isinstance(compiler, Compiler):
        return compiler
    if isinstance(compiler, str):
        return choose_compiler(compiler)
    if compiler is builtins.compile:
        return cpython_compiler()
    return Compiler(getattr(compiler, "__qualname__", "custom"), compiler, CLEARPY_CACHE_TAG)
