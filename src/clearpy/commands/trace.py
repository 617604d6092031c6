"""``clearpy trace``: run a program in clearpy's VM and show what it does, step by step.

    clearpy trace prog.py [ARGS...]                    every line the program runs
    clearpy trace --level instruction prog.py          every instruction, with its value stack
    clearpy trace --function f prog.py                 only what happens inside f
    clearpy trace --max-steps 100 prog.py              stop the program after 100 steps
    clearpy trace --json trace.json prog.py            write the trace file (docs/tracing.md)
    clearpy trace --switch-every 3 --seed 1 prog.py    threads take turns every 3 instructions,
                                                       reproducibly (docs/gil.md)
    clearpy trace -c 'x = [1, 2]; y = x'               a program given as text

clearpy trace's own options may come before the program or after it; to
pass an argument that looks like one of them to the program, put it after
``--``. The program's output appears in the trace, where it happens.
"""

import argparse
import os
import sys

from clearpy.tracing.events import LEVELS

OPTIONS_WITH_VALUE = {"--level", "--function", "--max-steps", "--json", "--switch-every", "--seed"}
FLAGS = {"--all", "--no-color", "--color", "--quiet", "--gc-prediction"}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clearpy trace",
        description="Run a Python program in clearpy's VM and show what it does, step by step: "
                    "lines or instructions with their value stacks, calls, returns, exceptions, "
                    "imports, thread switches, garbage collections and objects dying.",
        usage="clearpy trace [options] FILE [ARGS...]  |  clearpy trace [options] -c CODE [ARGS...]")
    parser.add_argument("--level", choices=list(LEVELS), default="line",
                        help="a step is a source line (default) or one bytecode instruction")
    parser.add_argument("--function", action="append", default=[], metavar="NAME",
                        help="report only what happens in functions of this name (repeatable)")
    parser.add_argument("--max-steps", type=int, metavar="N",
                        help="stop the program after N steps")
    parser.add_argument("--json", metavar="OUT",
                        help="write the trace to OUT (format: docs/tracing.md) instead of printing it")
    parser.add_argument("--all", action="store_true",
                        help="trace the standard library too, not only the program's own files")
    parser.add_argument("--switch-every", type=int, metavar="N",
                        help="threads take turns every N instructions, reproducibly (docs/gil.md)")
    parser.add_argument("--seed", type=int, metavar="S",
                        help="with --switch-every: choose the next thread at random, from seed S")
    parser.add_argument("--gc-prediction", action="store_true",
                        help="before each collection, run clearpy's own cycle detection on the "
                             "objects it examines and show both answers (slow)")
    add_color_options(parser)
    parser.add_argument("--quiet", action="store_true",
                        help="with --json: no progress display")
    return parser


def add_color_options(parser: argparse.ArgumentParser) -> None:
    """--color and --no-color (clearpy trace and clearpy cycles)."""
    parser.add_argument("--color", action="store_true", help="color even when not on a terminal")
    parser.add_argument("--no-color", action="store_true", help="never color")


def chosen_color(args) -> bool | None:
    """True or False when an option says, None to color only on a terminal."""
    return True if args.color else False if args.no_color else None


def split_arguments(argv: list[str]) -> tuple[list[str], list[str]]:
    """Separate clearpy trace's options from the program and its arguments."""
    own, program = [], []
    index = 0
    program_started = False
    while index < len(argv):
        argument = argv[index]
        if argument == "--":
            program.extend(argv[index + 1:])
            break
        name = argument.split("=", 1)[0]
        if name in OPTIONS_WITH_VALUE or name in FLAGS or (not program_started and name in ("-h", "--help")):
            own.append(argument)
            if name in OPTIONS_WITH_VALUE and "=" not in argument and index + 1 < len(argv):
                own.append(argv[index + 1])
                index += 1
        elif not program_started and argument == "-c":
            program.extend(argv[index:index + 2])
            program_started = True
            index += 1
        else:
            program.append(argument)
            program_started = True
        index += 1
    return own, program


def main(argv: list[str]) -> int:
    own, program = split_arguments(argv)
    parser = make_parser()
    args = parser.parse_args(own)
    if not program:
        parser.error("no program to trace (a FILE, or -c CODE)")
    if program[0] not in ("-c",) and not os.path.exists(program[0]):
        print(f"clearpy trace: can't open file {program[0]!r}: [Errno 2] No such file or directory",
              file=sys.stderr)
        return 2
    if args.seed is not None and args.switch_every is None:
        parser.error("--seed needs --switch-every")
    from clearpy.tracing.session import TraceSettings, trace_program

    settings = TraceSettings(level=args.level, functions=args.function, max_steps=args.max_steps,
                             everything=args.all, predict_collections=args.gc_prediction,
                             switch_every=args.switch_every, seed=args.seed)
    if args.json:
        return _trace_to_file(program, settings, args)
    from clearpy.tracing.printer import Printer

    color = chosen_color(args)
    traced = trace_program(program, [Printer(color=color)], settings)
    return traced.status


def _trace_to_file(program: list[str], settings, args) -> int:
    from clearpy.tracing.progress import TraceProgress
    from clearpy.tracing.session import trace_program
    from clearpy.tracing.trace_format import TraceWriter

    with open(args.json, "w", encoding="utf-8") as file:
        writer = TraceWriter(file, {"program": program[0] if program[0] != "-c" else "-c",
                                    "argv": program, "level": settings.level})
        sinks = [writer]
        progress = None
        if not args.quiet and sys.stderr.isatty():
            progress = TraceProgress(writer, total=settings.max_steps)
            sinks.append(progress)
        try:
            traced = trace_program(program, sinks, settings)
        finally:
            if progress is not None:
                progress.stop()
    print(f"clearpy trace: {writer.steps} steps, {writer.events} events, "
          f"{writer.bytes / 1e6:.1f} MB written to {args.json}", file=sys.stderr)
    return traced.status
