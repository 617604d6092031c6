"""``clearpy ast [-m MODE] [-a] [-i N] [--no-type-comments] [FILE]``: the tree of a program.

Prints what ``python3.12 -m ast`` prints, byte for byte, but parsed by
clearpy's parser. A syntax error is reported as Python reports it (the
"File ..., line N", the line, the carets and the message), exit status 1.
"""

import argparse
import ast
import sys
import traceback

from clearpy.parser import parse


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy ast",
        description="Parse a Python file with clearpy's parser and print its abstract "
                    "syntax tree, as 'python -m ast' does.")
    parser.add_argument("infile", type=argparse.FileType(mode="rb"), nargs="?", default="-",
                        help="the file to parse; defaults to stdin")
    parser.add_argument("-m", "--mode", default="exec",
                        choices=("exec", "single", "eval", "func_type"),
                        help="specify what kind of code must be parsed")
    parser.add_argument("--no-type-comments", default=True, action="store_false",
                        help="don't add information about type comments")
    parser.add_argument("-a", "--include-attributes", action="store_true",
                        help="include attributes such as line numbers and column offsets")
    parser.add_argument("-i", "--indent", type=int, default=3,
                        help="indentation of nodes (number of spaces)")
    args = parser.parse_args(argv)

    with args.infile as infile:
        source = infile.read()
    try:
        tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    except SyntaxError as error:
        sys.stdout.flush()
        sys.stderr.write("".join(traceback.format_exception_only(type(error), error)))
        return 1
    print(ast.dump(tree, include_attributes=args.include_attributes, indent=args.indent))
    return 0
