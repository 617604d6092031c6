"""``clearpy dis [FILE]``: compile a program and print its bytecode, as ``python -m dis``.

The output is byte for byte what ``python3.12 -m dis FILE`` prints for the
same code objects (see ``clearpy.bytecode.disassembler``). With no FILE, or
``-``, the program is read from standard input. ``-C`` also shows the cache
entries, as ``dis.dis(code, show_caches=True)`` does.

``--compiler`` picks who compiles the program: clearpy's own compiler or
CPython's ``compile()`` (by default clearpy's once it exists), so the two can
be compared listing against listing.
"""

import argparse
import io
import sys
import traceback

from clearpy.bytecode.compilers import CHOICES, Compiler, choose_compiler
from clearpy.bytecode.disassembler import disassemble_recursive


def dis_output(source: bytes, filename: str, compiler: Compiler,
               show_caches: bool = False) -> tuple[str, str, int]:
    """``(stdout, stderr, exit status)`` of disassembling the program ``source``."""
    try:
        code = compiler.compile(source, filename, "exec")
    except (SyntaxError, ValueError) as error:
        return listing_or_error(error)
    return listing_or_error(code, show_caches)


def listing_or_error(code_or_error, show_caches: bool = False) -> tuple[str, str, int]:
    """``(stdout, stderr, exit status)`` for a compiled module, or for the compile error.

    A program the compiler rejects gets the error as Python shows it, and status 1.
    """
    if isinstance(code_or_error, BaseException):
        return "", "".join(traceback.format_exception_only(code_or_error)), 1
    out = io.StringIO()
    disassemble_recursive(code_or_error, out, show_caches=show_caches)
    return out.getvalue(), "", 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy dis",
        description="Compile a Python file and print its bytecode, like 'python -m dis'.")
    parser.add_argument("infile", type=argparse.FileType("rb"), nargs="?", default="-")
    parser.add_argument("-C", "--show-caches", action="store_true",
                        help="show the cache entries after instructions (as dis.dis(show_caches="
                             "True); 3.12's 'python -m dis' has no such option, 3.13's has)")
    parser.add_argument("--compiler", choices=CHOICES, default="auto",
                        help="who compiles the program (default: clearpy's compiler "
                             "when it is available, else CPython's)")
    args = parser.parse_args(argv)
    with args.infile as infile:
        source = infile.read()
    out, err, status = dis_output(source, args.infile.name, choose_compiler(args.compiler),
                                  args.show_caches)
    sys.stdout.write(out)
    sys.stdout.flush()
    sys.stderr.write(err)
    return status
