"""Conformance of ``clearpy dis``: its output against ``python3.12 -m dis``'s, file by file.

Both disassemble the code objects CPython's ``compile()`` makes from the same
file, so only the disassembler is measured: the file is *identical* when
``clearpy dis`` prints exactly the text ``dis.dis`` prints (and, for a file
CPython's compiler rejects, the same error). Code object addresses are the
same because both disassemble the very same objects.
"""

import io
import traceback
import warnings
from pathlib import Path

from clearpy.bytecode.compilers import cpython_compiler
from clearpy.commands.dis import listing_or_error
from clearpy.conformance import IDENTICAL, MISMATCH, Outcome


def expected_output(code_or_error) -> tuple[str, str, int]:
    """What ``python -m dis`` prints for a compiled module (or a compile error)."""
    import dis

    if isinstance(code_or_error, BaseException):
        return "", "".join(traceback.format_exception_only(code_or_error)), 1
    out = io.StringIO()
    dis.dis(code_or_error, file=out)
    return out.getvalue(), "", 0


def first_difference(ours: str, theirs: str) -> str:
    our_lines, their_lines = ours.splitlines(), theirs.splitlines()
    for number, (mine, expected) in enumerate(zip(our_lines, their_lines), start=1):
        if mine != expected:
            return f"line {number}: clearpy {mine!r}, dis {expected!r}"
    return f"clearpy printed {len(our_lines)} lines, dis {len(their_lines)}"


def compare(source: bytes, filename: str, compile_function) -> Outcome:
    """Disassemble what ``compile_function`` makes of ``source`` with clearpy and with dis."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = compile_function(source, filename, "exec")
        except (SyntaxError, ValueError) as error:
            code = error
    ours = listing_or_error(code)  # what the command prints for this code (or error)
    theirs = expected_output(code)
    if ours == theirs:
        detail = "both report the compile error" if ours[2] else ""
        return Outcome(IDENTICAL, detail)
    if ours[2] != theirs[2]:
        return Outcome(MISMATCH, f"exit status {ours[2]}, dis {theirs[2]}")
    return Outcome(MISMATCH, first_difference(ours[0] + ours[1], theirs[0] + theirs[1]))


def check(path: Path) -> Outcome:
    return compare(Path(path).read_bytes(), str(path), cpython_compiler().compile)
