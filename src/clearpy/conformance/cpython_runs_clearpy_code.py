"""``clearpy conformance compiler-tests [MODULE...]``: CPython's tests, on clearpy's bytecode.

Comparing code objects with CPython's (``clearpy conformance compile``) says
whether clearpy's compiler produces *the same* bytecode. This stage asks
whether the bytecode it produces *works*: CPython's own virtual machine runs
CPython's own test modules, once as usual and once with every module compiled
by clearpy (the import hook of ``clearpy.compiler.cpython_hook``)::

    python3.12 -m unittest -v test.test_X
    python3.12 -m clearpy.compiler.with_cpython_vm -m unittest -v test.test_X

Each run is a separate process with a timeout, so bytecode that crashes the
interpreter costs one module, not the run. The harness, the parsing of
unittest's output and the report are those of ``vm-tests`` (``vm_tests``);
only the second side differs. Issue 5 asks that the tests pass "as well as
CPython's own compile does": every test that passes under CPython.
"""

import argparse
import sys

from clearpy.conformance import vm_tests

HOOK_MODULE = "clearpy.compiler.with_cpython_vm"

KNOWN_FAILURES_HEADER = """
Test cases of CPython's own test modules (issue 4's list) that pass under
python3.12 but not when every module is compiled by clearpy's compiler
('python -m clearpy.compiler.with_cpython_vm -m unittest -v test.MODULE').
'clearpy conformance compiler-tests' counts them as known failures.
"""

COMPILER_TESTS = vm_tests.Pairing(
    stage="compiler-tests", side="clearpy-compiled",
    title="python3.12, and python3.12 running clearpy-compiled code",
    known_failures="compiler_tests", known_failures_header=KNOWN_FAILURES_HEADER,
    requirement="issue 5 requires all of them")


def hook_command(parser: str = "clearpy", cache: bool = True,
                 compile_builtin: bool = False) -> list[str]:
    """The command that runs a program on CPython with clearpy's compiler."""
    command = [sys.executable, "-m", HOOK_MODULE]
    if parser != "clearpy":
        command += ["--parser", parser]
    if not cache:
        command.append("--no-cache")
    if compile_builtin:
        command.append("--compile-builtin")
    return command


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy conformance compiler-tests",
        description="Run CPython's own test modules with 'python3.12 -m unittest -v' and with "
                    "every module compiled by clearpy's compiler (CPython's VM runs both), and "
                    "count how many of the tests that pass under CPython still pass.")
    vm_tests.add_arguments(parser, COMPILER_TESTS)
    parser.add_argument("--parser", choices=("clearpy", "cpython"), default="clearpy",
                        help="the parser clearpy.compile uses (cpython: check the compiler alone)")
    parser.add_argument("--no-cache", action="store_true",
                        help="compile every module in every run (default: the hook's cache)")
    parser.add_argument("--compile-builtin", action="store_true",
                        help="make the programs' compile() clearpy's too (doctests, for one)")
    args = parser.parse_args(argv)
    command = hook_command(args.parser, cache=not args.no_cache,
                           compile_builtin=args.compile_builtin)
    print(f"clearpy-compiled side: {' '.join(command)}")
    return vm_tests.compare_and_report(args, vm_tests.module_names(args), command, COMPILER_TESTS)
