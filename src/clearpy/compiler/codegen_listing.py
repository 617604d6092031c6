"""Showing what the code generator produced, before the back end touches it.

``show_code_units(source)`` compiles a program with clearpy and prints, for
each code unit, the instruction sequence exactly as code generation wrote it:
pseudo-instructions (``SETUP_FINALLY``, ``JUMP``, ``POP_BLOCK`` ...) still in
place, jump targets as labels (``L1``), each instruction with its source
position. Compare with ``dis`` on the finished code object to see what the
back end's optimizations did.

    >>> show_code_units("x = a if b else c")
    code unit <module>:
              RESUME 0                                    0:0-1:0
              LOAD_NAME 0 (b)                             1:9-1:10
              POP_JUMP_IF_FALSE L1                        1:9-1:10
              ...
"""

import dis
from types import CodeType

from clearpy.bytecode.instructions import BY_OPCODE
from clearpy.compiler.ast_optimizer import optimize as fold_constants
from clearpy.compiler.backend import optimize_and_assemble
from clearpy.compiler.code_generator import generate_code
from clearpy.compiler.compile import parse_with_clearpy
from clearpy.compiler.future import parse_future
from clearpy.compiler.instruction_sequence import Label
from clearpy.compiler.symtable import build_symtable


def format_sequence(sequence, metadata) -> list[str]:
    """The lines of a listing of one unit's instruction sequence."""
    targets = {id(instruction.oparg): instruction.oparg for instruction in sequence.instructions
               if isinstance(instruction.oparg, Label)}
    positions = sorted({label.position for label in targets.values()})
    label_names = {position: f"L{number}" for number, position in enumerate(positions, 1)}
    consts = {index: key for key, index in metadata.consts.items()}
    lines = []
    for index, instruction in enumerate(sequence.instructions):
        if index in label_names:
            lines.append(f"  {label_names[index]}:")
        definition = BY_OPCODE[instruction.opcode]
        oparg = instruction.oparg
        if isinstance(oparg, Label):
            argument = " " + label_names[oparg.position]
        elif definition.has_argument or definition.name in _PSEUDO_WITH_ARGUMENT:
            argument = f" {oparg}{_describe_argument(definition.name, oparg, metadata, consts)}"
        else:
            argument = ""
        lineno, end_lineno, col, end_col = instruction.location
        where = "" if lineno < 0 else f"{lineno}:{col}-{end_lineno}:{end_col}"
        lines.append(f"        {definition.name}{argument}".ljust(48) + " " + where)
    if len(sequence.instructions) in label_names:
        lines.append(f"  {label_names[len(sequence.instructions)]}:")
    return lines


_PSEUDO_WITH_ARGUMENT = {"STORE_FAST_MAYBE_NULL"}


def _describe_argument(opname: str, oparg: int, metadata, consts) -> str:
    if opname == "LOAD_CONST" and oparg in consts:
        key = consts[oparg]
        value = key[1] if type(key) is tuple else key
        if type(value) is CodeType:
            return f" (<code {value.co_name}>)"
        return f" ({value!r:.30})"
    table = None
    if opname in ("LOAD_NAME", "STORE_NAME", "DELETE_NAME", "IMPORT_NAME", "IMPORT_FROM",
                  "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL", "DELETE_GLOBAL"):
        table, index = metadata.names, oparg
    elif opname in ("LOAD_GLOBAL", "LOAD_ATTR"):
        table, index = metadata.names, oparg >> 1
    elif opname in ("LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_FAST_AND_CLEAR",
                    "STORE_FAST_MAYBE_NULL"):
        table, index = metadata.varnames, oparg
    elif opname == "BINARY_OP":
        return f" ({dis._nb_ops[oparg][1]})"
    elif opname == "COMPARE_OP":
        return f" ({dis.cmp_op[oparg >> 4]})"
    if table is None:
        return ""
    for name, position in table.items():
        if position == index:
            return f" ({name})"
    return ""


def unit_listings(source, filename: str = "<string>", optimize: int = 0) -> list:
    """(qualified name, listing lines) for every code unit of ``source``, module first."""
    listings = []

    def capture(sequence, metadata, code_flags, unit_filename, const_cache):
        listings.append((metadata.qualname or metadata.name, format_sequence(sequence, metadata)))
        return optimize_and_assemble(sequence, metadata, code_flags, unit_filename, const_cache)

    tree = parse_with_clearpy(source, filename, "exec", 0, -1)
    future = parse_future(tree, filename)
    fold_constants(tree, optimize, future.features)
    symbols = build_symtable(tree, filename, future)
    generate_code(tree, symbols, filename, future, future.features, optimize, capture)
    # Inner units are finished first; show the module first, as source order has it.
    listings.insert(0, listings.pop())
    return listings


def show_code_units(source, filename: str = "<string>", optimize: int = 0) -> str:
    """A listing of every code unit of ``source``, before optimization."""
    return "\n\n".join("\n".join([f"code unit {name}:"] + lines)
                       for name, lines in unit_listings(source, filename, optimize))
