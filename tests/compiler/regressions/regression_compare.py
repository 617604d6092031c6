"""Comparing clearpy's compiler with CPython's on one reduced program.

Each regression test in this folder is a minimal program that once made
clearpy's compiler differ from CPython's, found by running CPython's own
test modules on clearpy-compiled code (``clearpy conformance
compiler-tests``). The two checks:

* ``assert_compiles_alike``: ``clearpy.compile`` and ``compile()`` both
  succeed with identical code objects (nested ones included), or both fail
  with the same exception: class and message, and (``details``) line,
  columns and text;
* ``assert_runs_alike``: the program, run by CPython with each compiler's
  code, prints the same, raises the same, and ends with the same globals.
"""

import contextlib
import io
import warnings

import clearpy
from clearpy.conformance.compile import compare_code_trees

KNOWN_FAILURES = "compile"  # known_failures/compile.toml, shared with the code generator


def _outcome(compile_function, source, mode, flags, details=True):
    """The code object, or a tuple describing the exception raised.

    ``details``: the exception's position and text too, not only its class
    and message (which include the line number).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return compile_function(source, "<regression>", mode, flags, dont_inherit=True)
        except (SyntaxError, ValueError, TypeError) as error:
            description = (type(error).__name__, str(error))
            if details and isinstance(error, SyntaxError):
                description += (error.lineno, error.offset, error.end_lineno, error.end_offset,
                                error.text)
            return description


def assert_compiles_alike(source, mode: str = "exec", flags: int = 0, details: bool = True) -> None:
    expected = _outcome(compile, source, mode, flags, details)
    got = _outcome(clearpy.compile, source, mode, flags, details)
    if isinstance(expected, tuple) or isinstance(got, tuple):
        assert got == expected
        return
    differences = []
    compare_code_trees(got, expected, differences)
    assert differences == []


def _run(code) -> tuple:
    namespace = {"__name__": "__regression__"}
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        try:
            exec(code, namespace)
            raised = None
        except Exception as error:  # the program's own exception is part of its behaviour
            raised = (type(error).__name__, str(error))
    names = {name: repr(value) for name, value in namespace.items()
             if name != "__builtins__" and not callable(value)}
    return output.getvalue(), raised, names


def assert_runs_alike(source: str) -> None:
    expected = _run(compile(source, "<regression>", "exec", dont_inherit=True))
    got = _run(clearpy.compile(source, "<regression>", "exec", dont_inherit=True))
    assert got == expected
