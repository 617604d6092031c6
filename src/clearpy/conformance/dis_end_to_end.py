"""``clearpy dis FILE`` against ``python3.12 -m dis FILE``, each with its own compiler.

The user's view: clearpy compiles the file with its own compiler and
disassembles it with its own disassembler; CPython does both with its own.
The file is *identical* when the two listings are the same text, apart from
the memory addresses in ``<code object ... at 0x...>`` (which differ between
any two runs). This measures clearpy's compiler as the disassembly shows it.
"""

import re
import warnings
from pathlib import Path

from clearpy.bytecode.compilers import clearpy_compiler, cpython_compiler
from clearpy.commands.dis import dis_output
from clearpy.conformance import IDENTICAL, MISMATCH, Outcome
from clearpy.conformance.dis import first_difference

ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def without_addresses(result: tuple[str, str, int]) -> tuple[str, str, int]:
    out, err, status = result
    return ADDRESS.sub(" at 0x...", out), err, status


def check(path: Path) -> Outcome:
    source = Path(path).read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours = dis_output(source, str(path), clearpy_compiler())
        theirs = dis_output(source, str(path), cpython_compiler())
    ours, theirs = without_addresses(ours), without_addresses(theirs)
    if ours == theirs:
        return Outcome(IDENTICAL, "both report the compile error" if ours[2] else "")
    if ours[2] != theirs[2]:
        return Outcome(MISMATCH, f"exit status {ours[2]}, python -m dis {theirs[2]}: "
                                 f"{(ours[1] or theirs[1]).strip().splitlines()[-1:]}")
    return Outcome(MISMATCH, first_difference(ours[0] + ours[1], theirs[0] + theirs[1]))
