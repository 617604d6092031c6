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
    """Wrap an unexpected exception raised inside clearpy as an InternalError.

    Except the program's own exceptions that arrive while clearpy is busy
    (decoding or fusing code, unwinding): a signal handler the program
    installed runs between any two bytecodes of the host, clearpy's included,
    and Ctrl-C raises KeyboardInterrupt anywhere. Those are raised again as
    they are, to travel on to the program's frames.
    """
    if isinstance(error, InternalError):
        return error
    if raised_by_the_program(error):
        raise error
    wrapped = InternalError(message or f"{type(error).__name__}: {error}")
    wrapped.__cause__ = error
    return wrapped


def raised_by_the_program(error: BaseException) -> bool:
    """True for Ctrl-C, and for an exception that came out of interpreted code
    (its traceback has an entry of an interpreted frame)."""
    if isinstance(error, KeyboardInterrupt):
        return True
    from clearpy.vm.tracebacks import is_interpreted_entry

    tb = error.__traceback__
    while tb is not None:
        if is_interpreted_entry(tb):
            return True
        tb = tb.tb_next
    return False
