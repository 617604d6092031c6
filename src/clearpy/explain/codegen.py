"""The code-generation step of the journey: each code unit's instructions, unoptimized.

Shows what ``clearpy.compiler.code_generator`` writes for every code unit (the
module, each function, class body, lambda and comprehension that is not
inlined) before the back end optimizes it: pseudo-instructions and labels
still in place, each instruction with the source span it comes from.
"""

from rich.panel import Panel
from rich.text import Text

from clearpy.compiler.codegen_listing import unit_listings

TITLE = "Code generation"

EXPLANATION = (
    "The compiler walks the syntax tree and writes, for each code unit (the module, "
    "each function, class body, lambda and generator expression), a list of "
    "instructions for Python's stack machine: operands are pushed, then an "
    "instruction combines them. Jumps go to labels (L1, L2 ...) placed later; "
    "SETUP_FINALLY / POP_BLOCK mark the code an exception handler protects. "
    "The numbers on the right are line:column spans in the source. This is the "
    "code before optimization: the back end then removes redundant jumps and NOPs, "
    "turns the pseudo-instructions into real ones and an exception table, and "
    "builds the code object."
)


def show(journey, console) -> None:
    console.print(EXPLANATION)
    try:
        listings = journey.result("codegen", lambda: unit_listings(
            journey.source, journey.filename))
    except SyntaxError as error:
        console.print(Text(f"Compiling stopped with an error: {error.msg} (line "
                           f"{error.lineno}), so there is no code to show.", style="bold red"))
        return
    for name, lines in listings:
        console.print(Panel("\n".join(lines), title=f"code unit {name}", title_align="left"))
