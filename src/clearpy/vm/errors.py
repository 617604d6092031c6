"""Telling the program's errors apart from clearpy's own bugs.

When the program divides by zero, CPython raises ``ZeroDivisionError`` and the
program may catch it: that is the *program's* error. When clearpy itself goes
wrong (a handler with a bug, a missing feature), the program must not be able
to catch it, and the user must be told plainly that clearpy failed.

The rule clearpy follows:

- An exception raised by an operation that an instruction performs on the
  program's values (``a + b``, ``obj.name``, calling a function...) belongs to
  the program, whatever its class. Instruction handlers are kept small so
  that everything else they do cannot fail.
- Anything else that goes wrong inside clearpy becomes an ``InternalError``.
  The eval loop never hands an ``InternalError`` to the program's ``except``
  clauses; it travels up to ``clearpy run``, which prints
  ``clearpy: internal error`` with both the program's stack and clearpy's own
  traceback.
"""


class InternalError(BaseException):
    """A bug or a missing feature in clearpy, never the program's fault.

    It derives from ``BaseException`` (not ``Exception``) so that even host
    code written as ``except Exception`` does not swallow it by accident.
    """

    def __init__(self, message: str, program_stack: list[str] | None = None):
        super().__init__(message)
        # Where the interpreted program was when clearpy failed: formatted
        # "File ..., line ..., in ..." lines, outermost first (filled in by the
        # eval loop as the error travels out through interpreted frames).
        self.program_stack = program_stack if program_stack is not None else []


def internal_error_from(error: BaseException, message: str | None = None) -> InternalError:
    """Wrap an unexpected exception raised inside clearpy as an InternalError."""
    if isinstance(error, InternalError):
        return error
    wrapped = InternalError(message or f"{type(error).__name__}: {error}")
    wrapped.__cause__ = error
    return wrapped
