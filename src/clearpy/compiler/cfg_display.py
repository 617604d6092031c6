"""Seeing the control-flow graph: snapshots of a code unit's blocks, drawn as text.

``trace_units(source, filename)`` compiles a program with clearpy and takes a
snapshot of every code unit's graph at each stage of the back end (cut into
blocks, optimized, laid out); ``draw(snapshot)`` draws one as a column of
boxes, one per basic block, with where control goes next:

    ┌─ B1 ─────────────────────────────────────
    │ 2     LOAD_FAST            0 (x)
    │ 2     POP_JUMP_IF_FALSE    → B3
    └─▶ B2 (falls through), B3 (jump)

Used by ``clearpy cfg`` and the back end's documentation.
"""

from dataclasses import dataclass, field

from clearpy.bytecode.instructions import BY_OPCODE, COMPARISON_OPERATORS, NB_OPS
from clearpy.compiler.backend import optimize_and_assemble
from clearpy.compiler.opcodes import BLOCK_PUSHES, HAS_TARGET, JUMPS, NO_FALLTHROUGH

STAGES = {
    "cfg": "cut into basic blocks, before any optimization",
    "optimized": "after the CFG optimizer",
    "assembled": "laid out, jumps resolved (offsets in code units)",
}


@dataclass
class BlockSnapshot:
    number: int
    offset: int | None
    instructions: list[tuple[int, str, str, str]]   # (line, opname, argument, target)
    exits: list[str]
    handler: str | None


@dataclass
class GraphSnapshot:
    stage: str
    blocks: list[BlockSnapshot]


@dataclass
class UnitTrace:
    qualname: str
    firstlineno: int
    snapshots: dict[str, GraphSnapshot] = field(default_factory=dict)
    code: object = None


def snapshot(stage: str, graph, constants: list, metadata) -> GraphSnapshot:
    """Copy what a drawing needs out of ``graph`` (which the next stages keep rewriting)."""
    blocks = list(graph.blocks())
    number_of = {id(block): number for number, block in enumerate(blocks)}
    names = _by_index(metadata.names)
    varnames = _by_index(metadata.varnames)
    result = []
    for number, block in enumerate(blocks):
        rows = []
        handlers = set()
        for instruction in block.instructions:
            opcode = instruction.opcode
            definition = BY_OPCODE[opcode]
            target = ""
            argument = ""
            if opcode in HAS_TARGET and stage != "assembled":
                target = f"→ B{number_of[id(instruction.target)]}"
            elif definition.has_argument or opcode in JUMPS:
                argument = _describe_argument(definition.argument, instruction.oparg, constants,
                                              names, varnames)
            rows.append((instruction.location[0], definition.name, argument, target))
            if instruction.handler is not None and id(instruction.handler) in number_of:
                handlers.add(number_of[id(instruction.handler)])
        exits = []
        last = block.instructions[-1] if block.instructions else None
        if last is not None and last.opcode in HAS_TARGET and last.opcode not in BLOCK_PUSHES:
            exits.append(f"B{number_of[id(last.target)]} (jump)")
        if block.next is not None and (last is None or last.opcode not in NO_FALLTHROUGH):
            exits.insert(0, f"B{number + 1} (falls through)")
        for instruction in block.instructions:
            if instruction.opcode in BLOCK_PUSHES:
                exits.append(f"B{number_of[id(instruction.target)]} (exception handler)")
        handler = ", ".join(f"B{n}" for n in sorted(handlers)) or None
        offset = block.offset if stage == "assembled" else None
        result.append(BlockSnapshot(number, offset, rows, exits, handler))
    return GraphSnapshot(stage, result)


def _by_index(table: dict) -> dict:
    return {index: name for name, index in table.items()}


def _describe_argument(kind, oparg, constants, names, varnames) -> str:
    if kind == "const" and 0 <= oparg < len(constants):
        text = repr(constants[oparg])
        if len(text) > 30:
            text = text[:27] + "..."
        return f"{oparg} ({text})"
    if kind == "name":
        return f"{oparg} ({names.get(oparg, '?')})"
    if kind == "global_name":
        suffix = " + NULL" if oparg & 1 else ""
        return f"{oparg} ({names.get(oparg >> 1, '?')}{suffix})"
    if kind == "attr_name":
        suffix = " + self" if oparg & 1 else ""
        return f"{oparg} ({names.get(oparg >> 1, '?')}{suffix})"
    if kind == "super_name":
        return f"{oparg} ({names.get(oparg >> 2, '?')})"
    if kind == "local":
        return f"{oparg} ({varnames.get(oparg, '?')})"
    if kind in ("jump_forward", "jump_backward"):
        return f"{oparg} (code units)"
    if kind == "compare" and (oparg >> 4) < len(COMPARISON_OPERATORS):
        return f"{oparg} ({COMPARISON_OPERATORS[oparg >> 4]})"
    if kind == "binary_op" and oparg < len(NB_OPS):
        return f"{oparg} ({NB_OPS[oparg][1]})"
    return str(oparg)


def trace_units(source, filename: str = "<string>") -> list[UnitTrace]:
    """Compile ``source`` with clearpy, snapshotting every unit at every back-end stage.

    Units come in the order the compiler finishes them: inner functions
    before the code that contains them, the module last.
    """
    import ast

    from clearpy.compiler.compile import compile_tree

    traces = []

    def watching_back_end(sequence, metadata, code_flags, unit_filename, const_cache=None):
        trace = UnitTrace(metadata.qualname or metadata.name, metadata.firstlineno)

        def observe(stage, graph, constants, unit_metadata):
            trace.snapshots[stage] = snapshot(stage, graph, constants, unit_metadata)

        trace.code = optimize_and_assemble(sequence, metadata, code_flags, unit_filename,
                                           const_cache, observe=observe)
        traces.append(trace)
        return trace.code

    tree = ast.parse(source, filename)
    compile_tree(tree, filename, 0, -1, assemble=watching_back_end)
    return traces


def draw(snapshot: GraphSnapshot) -> str:
    """The blocks as boxed columns of instructions, each box followed by its exits."""
    lines = []
    width = 52
    for block in snapshot.blocks:
        title = f" B{block.number} "
        if block.offset is not None:
            title += f"(offset {block.offset * 2}) "
        if block.handler:
            title += f"[exceptions go to {block.handler}] "
        lines.append("┌─" + title + "─" * max(3, width - len(title)))
        if not block.instructions:
            lines.append("│ (empty)")
        for line, name, argument, target in block.instructions:
            shown_line = "" if line is None or line < 0 else str(line)
            text = f"{name:<20} {argument or target}".rstrip()
            lines.append(f"│ {shown_line:<5} {text}")
        if block.exits:
            lines.append("└─▶ " + ", ".join(block.exits))
        else:
            lines.append("└── (leaves the frame)")
    return "\n".join(lines)
