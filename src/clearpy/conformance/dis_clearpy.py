"""Conformance of ``clearpy dis`` on code that clearpy's own compiler made.

As the ``dis`` stage, but the code objects come from ``clearpy.compile``:
clearpy's disassembler and CPython's ``dis`` both disassemble them, and the
file is *identical* when the texts are. (Whether clearpy's compiler makes
the same code as CPython's is the compiler's own conformance stage.)
"""

from pathlib import Path

from clearpy.bytecode.compilers import clearpy_compiler
from clearpy.conformance import Outcome
from clearpy.conformance.dis import compare


def check(path: Path) -> Outcome:
    return compare(Path(path).read_bytes(), str(path), clearpy_compiler().compile)
