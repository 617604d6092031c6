"""``clearpy dis [FILE]``: compile a program and print its bytecode, as ``python -m dis``.

The output is byte for byte what ``python3.12 -m dis FILE`` prints for the
same code objects (see ``clearpy.bytecode.disassembler``). With no FILE, or
``-``, the program is read from standard input.

``--compiler`` picks who compiles the program: clearpy's own compiler or
CPython's ``compile()`` (by default clearpy's once it exists), so the two can
be compared listing against listing.
"""

import argparse
import sys
import traceback

from clearpy.bytecode.compilers import CHOICES, choose_compiler
from clearpy.bytecode.disassembler import disassemble_recursive


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy dis",
        description="Compile a Python file and print its bytecode, like 'python -m dis'.")
    parser.add_argument("infile", type=argparse.FileType("rb"), nargs="?", default="-")
    parser.add_argument("--compiler", choices=CHOICES, default="auto",
                        help="who compiles the program (default: clearpy's compiler "
                             "when it is available, else CPython's)")
    args = parser.parse_args(argv)
    with args.infile as infile:
        source = infile.read()
    compiler = choose_compiler(args.compiler)
    try:
        code = compiler.compile(source, args.infile.name, "exec")
    except (SyntaxError, ValueError) as error:
        # The user's program is wrong: show the error as Python shows it.
        sys.stdout.flush()
        print("".join(traceback.format_exception_only(error)), end="", file=sys.stderr)
        return 1
    disassemble_recursive(code)
    return 0
