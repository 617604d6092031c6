"""Conformance of the compiler's back end: CPython's code generation + clearpy's back end.

For one file, CPython's own code generation (``_testinternalcapi.compiler_codegen``)
gives the module's instruction sequence before any optimization; clearpy's
back end (CFG optimizer and assembler) turns it into a code object, which
must equal ``compile()``'s module code object field by field: ``co_code``,
``co_consts``, ``co_names``, the variable names, ``co_linetable``,
``co_exceptiontable``, ``co_stacksize``, ``co_flags``...

CPython's test hook only exposes the module's top-level code unit (the
functions and classes inside it arrive already compiled), so this stage
measures one code unit per file. Files CPython itself cannot compile have
no code unit to compare and count as identical.
"""

from pathlib import Path

from clearpy.compiler.backend import assemble_cpython_codegen
from clearpy.compiler.code_comparison import first_difference
from clearpy.conformance import IDENTICAL, MISMATCH, Outcome
from clearpy.conformance.codegen import cpython_codegen


def check(path: Path) -> Outcome:
    source = Path(path).read_bytes()
    filename = str(path)
    cpython = cpython_codegen(source, filename)
    if cpython is None:
        return Outcome(IDENTICAL, "CPython rejects the file")
    expected, instructions, metadata = cpython
    got = assemble_cpython_codegen(instructions, metadata, expected.co_flags, filename)
    difference = first_difference(got, expected)
    if difference is None:
        return Outcome(IDENTICAL)
    return Outcome(MISMATCH, difference)
