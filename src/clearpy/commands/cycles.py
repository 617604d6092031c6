"""``clearpy cycles``: run a program and show its garbage cycles as they appear.

    clearpy cycles prog.py [ARGS...]
    clearpy cycles -c 'a = []; a.append(a); del a'

Before each line the program runs, clearpy's own copy of the cycle
collector's algorithm (``clearpy.memory.cycles``) examines the whole heap
and says which objects just became unreachable: garbage that reference
counting cannot free, because the objects refer to each other. Each
collection shows what CPython's collector freed next to what clearpy's
algorithm found at its start. docs/memory.md tells the story.
"""

import argparse
import os
import sys

from clearpy.commands.trace import add_color_options, chosen_color


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clearpy cycles",
        description="Run a Python program in clearpy's VM and show, line by line, which objects "
                    "become unreachable cycles (found with clearpy's copy of CPython's cycle "
                    "collector algorithm), and what each collection frees.",
        usage="clearpy cycles [options] FILE [ARGS...]  |  clearpy cycles [options] -c CODE [ARGS...]")
    add_color_options(parser)
    return parser


def split_arguments(argv: list) -> tuple:
    """clearpy cycles' own options come before the program."""
    own = []
    index = 0
    while index < len(argv) and argv[index] in ("--color", "--no-color", "-h", "--help"):
        own.append(argv[index])
        index += 1
    return own, argv[index:]


def main(argv: list) -> int:
    own, program = split_arguments(argv)
    parser = make_parser()
    args = parser.parse_args(own)
    if not program:
        parser.error("no program to run (a FILE, or -c CODE)")
    if program[0] != "-c" and not os.path.exists(program[0]):
        print(f"clearpy cycles: can't open file {program[0]!r}: [Errno 2] No such file or directory",
              file=sys.stderr)
        return 2
    from clearpy.memory.cycle_watch import CycleWatch
    from clearpy.tracing.session import TraceSettings, trace_program

    color = chosen_color(args)
    watch = CycleWatch(color=color)
    traced = trace_program(program, [watch], TraceSettings(predict_collections=True))
    return traced.status
