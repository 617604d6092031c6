"""``clearpy explain FILE``: show a program's journey through every stage."""

import argparse

from rich.console import Console
from rich.rule import Rule

from clearpy.explain import Journey, steps


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy explain",
        description="Walk a Python program through every stage clearpy has, showing "
                    "what each stage makes of it.")
    parser.add_argument("file", help="the Python program to explain")
    args = parser.parse_args(argv)
    try:
        journey = Journey.from_file(args.file)
    except OSError as error:
        print(f"clearpy explain: can't open file {args.file!r}: "
              f"[Errno {error.errno}] {error.strerror}")
        return 2
    console = Console()
    for number, step in enumerate(steps(), start=1):
        console.print(Rule(f"[bold]{number}. {step.TITLE}"))
        step.show(journey, console)
    return 0
