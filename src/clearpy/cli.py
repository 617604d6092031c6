"""The ``clearpy`` command: one sub-command per thing you can look at or run.

Each sub-command lives in its own module under ``clearpy.commands`` and has a
``main(argv) -> int`` function that parses its own arguments. This file only
picks the module and reports clearpy's own bugs honestly: an unexpected
exception inside clearpy is printed as ``clearpy: internal error``, never
passed off as a problem with the user's program.
"""

import importlib
import sys
import traceback

# Sub-command name -> (module under clearpy.commands, one-line description).
# The order is the order of the journey, then the measuring tools.
COMMANDS = {
    "explain": ("explain", "walk a program through every stage clearpy has"),
    "tokens": ("tokens", "print a program's tokens, like python -m tokenize"),
    "ast": ("ast", "print a program's abstract syntax tree, like python -m ast"),
    "dis": ("dis", "compile a program and print its bytecode, like python -m dis"),
    "cfg": ("cfg", "draw the control-flow graph of each code unit, before and after optimization"),
    "compile": ("compile", "write .pyc cache files for files and directories, like compileall"),
    "run": ("run", "run a Python program in clearpy's virtual machine, like python3.12"),
    "trace": ("trace", "run a program and show each line or instruction, its frames, stack and heap"),
    "cycles": ("cycles", "run a program and show which objects become unreachable cycles, line by line"),
    "conformance": ("conformance", "compare a stage with CPython over the whole stdlib"),
    "bench": ("bench", "time a stage against CPython in the same run"),
}

INTERNAL_ERROR_EXIT_STATUS = 70  # EX_SOFTWARE from sysexits.h


def usage() -> str:
    lines = ["usage: clearpy COMMAND [ARGS...]", "", "commands:"]
    width = max(map(len, COMMANDS))
    for name, (_, description) in COMMANDS.items():
        lines.append(f"  {name:<{width}}  {description}")
    lines.append("")
    lines.append("Run 'clearpy COMMAND --help' for a command's own options.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the sub-command named by ``argv[0]``; return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage(), file=sys.stdout if argv else sys.stderr)
        return 0 if argv else 2
    if argv[0] == "--version":
        from clearpy import __version__

        print(f"clearpy {__version__}")
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"clearpy: unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"clearpy.commands.{COMMANDS[name][0]}")
    try:
        return module.main(rest)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BrokenPipeError:
        # The reader went away (``clearpy tokens big.py | head``): not a bug.
        sys.stderr.close()
        return 1
    except Exception:
        report_internal_error()
        return INTERNAL_ERROR_EXIT_STATUS


def report_internal_error() -> None:
    """Say plainly that clearpy itself failed, with the traceback to report."""
    print("clearpy: internal error (a bug in clearpy, not in your program)", file=sys.stderr)
    traceback.print_exc()
