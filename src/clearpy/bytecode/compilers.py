"""The compile step, pluggable: clearpy's own compiler or CPython's ``compile()``.

Every bytecode tool (``clearpy dis``, ``clearpy compile``, the ``.pyc`` cache,
``clearpy explain``) works on any ``types.CodeType``, whoever made it. Which
compiler makes it is a choice, so that each stage can be checked alone:

- ``"clearpy"``: ``clearpy.compile``, clearpy's own compiler (stage 3);
- ``"cpython"``: the host's built-in ``compile()``, the oracle;
- ``"auto"``: clearpy's compiler once it exists, CPython's until then.

Both have ``compile()``'s signature: ``compile(source, filename, mode,
flags=0, dont_inherit=False, optimize=-1)``.

A cache file records which compiler made its code (in its seal, see
``clearpy.bytecode.pyc``), so swapping compilers never serves one
compiler's output as the other's.
"""

import builtins
from collections.abc import Callable
from dataclasses import dataclass

CHOICES = ("auto", "clearpy", "cpython")


@dataclass(frozen=True)
class Compiler:
    """A compile function and its name (at most 8 ASCII characters: it is stored in cache files)."""

    name: str
    compile: Callable


def cpython_compiler() -> Compiler:
    return Compiler("cpython", builtins.compile)


def clearpy_compiler_available() -> bool:
    """Has clearpy's own compiler landed (is ``clearpy.compile`` defined)?"""
    import clearpy

    return "compile" in clearpy._STAGE_ENTRY_POINTS


def clearpy_compiler() -> Compiler:
    import clearpy

    if not clearpy_compiler_available():
        raise LookupError("clearpy's own compiler is not available yet; use the 'cpython' compiler")
    return Compiler("clearpy", clearpy.compile)


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

    A bare function is CPython's compiler if it *is* the built-in
    ``compile``, clearpy's if it is ``clearpy.compile``, and otherwise a
    custom one named "custom".
    """
    if isinstance(compiler, Compiler):
        return compiler
    if isinstance(compiler, str):
        return choose_compiler(compiler)
    if compiler is builtins.compile:
        return cpython_compiler()
    if clearpy_compiler_available() and compiler is clearpy_compiler().compile:
        return clearpy_compiler()
    return Compiler("custom", compiler)
