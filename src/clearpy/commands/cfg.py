"""``clearpy cfg FILE``: draw the control-flow graph of each code unit, before and after optimization.

clearpy compiles the program and shows, for each code unit (the module, each
function, class body, lambda, comprehension...), its basic blocks at the
chosen stages of the back end:

    cfg         cut into basic blocks, before any optimization
    optimized   after the CFG optimizer (the default, with cfg)
    assembled   laid out in final order, jumps resolved into distances

``--unit NAME`` keeps the units whose qualified name is NAME (``f``,
``C.method``, ``<module>``...).
"""

import argparse
import sys

from clearpy.compiler.cfg_display import STAGES, draw, trace_units


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy cfg",
        description="Compile a program with clearpy and draw the control-flow graph of its "
                    "code units at each stage of the back end.")
    parser.add_argument("file", help="the program ('-' for standard input)")
    parser.add_argument("--unit", metavar="NAME", action="append",
                        help="only the code unit(s) with this qualified name")
    parser.add_argument("--stage", choices=sorted(STAGES), action="append",
                        help="stages to show (default: cfg and optimized)")
    args = parser.parse_args(argv)
    if args.file == "-":
        source, filename = sys.stdin.buffer.read(), "<stdin>"
    else:
        with open(args.file, "rb") as file:
            source, filename = file.read(), args.file
    try:
        traces = trace_units(source, filename)
    except SyntaxError as error:
        print(f"clearpy cfg: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    stages = args.stage or ["cfg", "optimized"]
    shown = [trace for trace in traces if not args.unit or trace.qualname in args.unit]
    if not shown:
        print(f"clearpy cfg: no code unit named {', '.join(args.unit)}", file=sys.stderr)
        return 1
    for trace in sorted(shown, key=lambda trace: trace.firstlineno):
        for stage in (stage for stage in STAGES if stage in stages):
            snapshot = trace.snapshots[stage]
            print(f"=== {trace.qualname} (line {trace.firstlineno}): {len(snapshot.blocks)} blocks, "
                  f"{STAGES[stage]}")
            print(draw(snapshot))
            print()
    return 0
