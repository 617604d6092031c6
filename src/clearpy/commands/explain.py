"""``clearpy explain FILE``: show a program's journey through every stage.

    clearpy explain prog.py                   every stage, drawn in the terminal
    clearpy explain prog.py --html page.html  the same as one web page that works offline,
                                              with a stepper through the program's run
"""

import argparse

from rich.console import Console
from rich.rule import Rule

from clearpy.explain import Journey, steps


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy explain",
        description="Walk a Python program through every stage clearpy has, showing "
                    "what each stage makes of it, up to running it.")
    parser.add_argument("file", help="the Python program to explain")
    parser.add_argument("--html", metavar="OUT",
                        help="write the journey to OUT as one self-contained web page")
    args = parser.parse_args(argv)
    try:
        journey = Journey.from_file(args.file)
    except OSError as error:
        print(f"clearpy explain: can't open file {args.file!r}: "
              f"[Errno {error.errno}] {error.strerror}")
        return 2
    if args.html:
        from clearpy.explain.html import journey_html

        page = journey_html(journey)
        with open(args.html, "w", encoding="utf-8") as file:
            file.write(page)
        print(f"clearpy explain: wrote {args.html} ({len(page.encode()) / 1000:,.0f} kB)")
        return 0
    console = Console()
    for number, step in enumerate(steps(), start=1):
        console.print(Rule(f"[bold]{number}. {step.TITLE}"))
        step.show(journey, console)
    return 0
