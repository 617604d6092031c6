"""The bytecode step of the journey: the instructions the compiler made, function by function.

The compiler turns the program into *code objects*: one for the module, one
for each function, class body, lambda and (some) comprehension. Each holds
bytecode, a list of simple instructions for the virtual machine, which
works with a stack of values: ``LOAD_CONST`` pushes a value, ``CALL`` pops a
function and its arguments and pushes the result, and so on. This step shows
each code object's instructions with a one-line meaning for each, then
where the compiled code is cached on disk.
"""

import os

from rich.table import Table

from clearpy.bytecode.compilers import choose_compiler
from clearpy.bytecode.disassembler import decode_instructions, nested_code_objects
from clearpy.bytecode.exception_table import decode_exception_table
from clearpy.bytecode.instructions import BY_OPCODE
from clearpy.bytecode.pyc_cache import inspect_cache

TITLE = "Bytecode"

EXPLANATION = (
    "The compiler turns the program into code objects: one for the module and one for each "
    "function, class body and lambda. Each holds bytecode, simple instructions for a virtual "
    "machine that keeps its values on a stack: LOAD_ instructions push values, most others pop "
    "their operands and push a result. This is the real CPython 3.12 bytecode; "
    "'clearpy dis FILE' prints it exactly as 'python3.12 -m dis' does."
)


def compile_program(journey):
    """The module's code object (or the SyntaxError), computed once per journey."""
    def compute():
        compiler = choose_compiler("auto")
        try:
            return compiler, compiler.compile(journey.source, journey.filename, "exec"), None
        except (SyntaxError, ValueError) as error:
            return compiler, None, error
    return journey.result("bytecode", compute)


def all_code_objects(code):
    """``code`` and every code object nested in it, depth first, in the order dis shows them."""
    yield code
    for nested in nested_code_objects(code):
        yield from all_code_objects(nested)


def describe_code_object(code) -> str:
    if code.co_name == "<module>":
        return "the module (the code that runs when the file runs)"
    return f"{code.co_qualname} (line {code.co_firstlineno})"


def instruction_table(code) -> Table:
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("offset", justify="right", no_wrap=True)
    table.add_column("instruction", no_wrap=True)
    table.add_column("argument", max_width=36, overflow="ellipsis", no_wrap=True)
    table.add_column("meaning", min_width=30)
    for instruction in decode_instructions(code):
        definition = BY_OPCODE.get(instruction.opcode)
        meaning = definition.summary if definition is not None else "unknown instruction"
        argument = "" if instruction.arg is None else str(instruction.arg)
        if hasattr(instruction.argval, "co_code"):  # a nested function's code: name it only
            argument += f" (code of {instruction.argval.co_qualname})"
        elif instruction.argrepr:
            argument += f" ({instruction.argrepr})"
        offset = f">> {instruction.offset}" if instruction.is_jump_target else str(instruction.offset)
        line = "" if instruction.starts_line is None else str(instruction.starts_line)
        if instruction.starts_line is not None and instruction.offset > 0:
            table.add_section()
        table.add_row(line, offset, instruction.opname, argument, meaning)
    return table


def exception_table_text(code) -> str | None:
    entries = decode_exception_table(code.co_exceptiontable)
    if not entries:
        return None
    lines = ["Exception table (if an instruction in the range raises, the handler takes over):"]
    for entry in entries:
        keep = " and push the offset of the failing instruction" if entry.lasti else ""
        lines.append(f"  {entry.start} to {entry.end - 2} -> handler at {entry.target}, "
                     f"stack cut to {entry.depth}{keep}")
    return "\n".join(lines)


def cache_text(journey, compiler) -> str:
    if not os.path.exists(journey.filename):
        return "The program was not read from a file, so it has no cache file."
    path, why_not = inspect_cache(journey.filename, compiler)
    if why_not is None:
        state = ("it exists and is up to date, so the next import skips tokenizing, parsing "
                 "and compiling")
    else:
        state = f"it is not usable yet ({why_not}); the next import compiles and writes it"
    return (f"When the program is imported as a module, its compiled code is cached in {path} "
            f"({compiler.name}'s compiler); {state}. A program run as a script "
            "('clearpy run FILE') is compiled every time, as python3.12 does. "
            "'clearpy compile FILE' writes the cache file ahead of time.")


def show(journey, console) -> None:
    console.print(EXPLANATION)
    compiler, module, error = compile_program(journey)
    if error is not None:
        console.print(f"[red]The program cannot be compiled: {type(error).__name__}: {error}")
        return
    for code in all_code_objects(module):
        console.print()
        console.print(f"[bold]{describe_code_object(code)}[/bold]")
        console.print(instruction_table(code))
        exceptions = exception_table_text(code)
        if exceptions:
            console.print(exceptions)
    console.print()
    console.print(cache_text(journey, compiler))
