"""Step 0 of the journey: the source text, exactly as the file holds it."""

from rich.panel import Panel
from rich.syntax import Syntax

TITLE = "Source"

EXPLANATION = (
    "A Python program starts life as bytes in a file. Python reads them as text "
    "(UTF-8 unless a coding comment says otherwise) and hands that text to the "
    "tokenizer."
)


def show(journey, console) -> None:
    text = journey.source.decode("utf-8", errors="replace")
    size = len(journey.source)
    lines = len(journey.source.splitlines())
    console.print(EXPLANATION)
    console.print(Panel(Syntax(text.removesuffix("\n"), "python", line_numbers=True, word_wrap=True),
                        title=journey.filename,
                        subtitle=f"{size} bytes, {lines} line{'s' if lines != 1 else ''}"))
