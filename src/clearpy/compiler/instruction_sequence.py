"""The instruction sequence: what code generation hands to the back end.

Code generation (``codegen``) walks the AST of one *code unit* (a module, a
class body, a function, a lambda, a comprehension...) and writes a flat list
of instructions, exactly as CPython 3.12's ``compile.c`` fills its
``instr_sequence``. Nothing is optimized yet and nothing is encoded:

- an instruction is an **opcode** (a number from
  ``clearpy.bytecode.instructions``, pseudo-instructions included), an
  **oparg**, and a source **location**;
- a jump (``POP_JUMP_IF_FALSE``, ``JUMP``, ``FOR_ITER``...) or a block push
  (``SETUP_FINALLY``...) does not know any offset yet: its oparg is a
  :class:`Label`, a name for "the instruction that will come after
  ``use_label``";
- the facts about the unit that are not instructions (its name, its
  constants, its variable names, its argument counts) travel alongside in a
  :class:`CodeUnitMetadata`, like CPython's ``_PyCompile_CodeUnitMetadata``.

The back end (``clearpy.compiler.backend.optimize_and_assemble``) turns the
sequence into a control-flow graph, optimizes it, and assembles a real
``types.CodeType``.

CPython's test hooks in ``_testinternalcapi`` use a plain-tuple form of the
same thing, ``(opcode, oparg, lineno, end_lineno, col_offset,
end_col_offset)`` with jump opargs written as the index of the target
instruction; :func:`sequence_from_tuples` and :func:`sequence_to_tuples`
convert, so clearpy's back end can be fed CPython's own code generation.
"""

from typing import NamedTuple

from clearpy.bytecode.instructions import BY_NAME, BY_OPCODE
from clearpy.compiler.constants import const_key, value_of_key
from clearpy.compiler.opcodes import HAS_TARGET  # jumps and SETUP_* block pushes: oparg is a Label


class Location(NamedTuple):
    """Where an instruction comes from in the source: PEP 657 positions.

    Lines count from 1 and columns are UTF-8 byte offsets from 0, as in the
    ``ast`` module. -1 means "unknown"; an instruction the compiler made up
    (the implicit ``return None`` at the end of a module) has no location.

    A location is read by index (``location[0]`` is the line), so a plain
    4-tuple of the same fields is a location too: code generation makes plain
    tuples, which are quicker to build (see ``codegen.location_of``).
    """

    lineno: int
    end_lineno: int
    col_offset: int
    end_col_offset: int


NO_LOCATION = Location(-1, -1, -1, -1)


class Label:
    """A jump target that has no address yet.

    ``InstructionSequence.new_label()`` makes one; ``use_label(label)`` pins it
    to the next instruction added. Until the assembler lays the code out, a
    jump's oparg is its label. Labels are numbered in creation order from 0,
    as in CPython's code generator; the numbers matter a little (the first
    layout of the jumps is sized with them), so a front end that creates its
    labels in CPython's order gets CPython's result in every corner case.
    """

    __slots__ = ("id", "position")

    def __init__(self, id: int):
        self.id = id
        self.position = -1   # index of the labelled instruction, -1 while unplaced

    def __repr__(self) -> str:
        return f"Label({self.id})"


class Instruction:
    """One instruction of a code unit, before assembly.

    ``oparg`` is an int, or a :class:`Label` when the opcode jumps or pushes an
    exception handler (``clearpy.compiler.opcodes.HAS_TARGET``). The control-flow graph adds two
    annotations of its own: ``target``, the basic block a jump goes to, and
    ``handler``, the block that catches an exception raised here.
    """

    __slots__ = ("opcode", "oparg", "location", "target", "handler")

    def __init__(self, opcode: int, oparg=0, location: Location = NO_LOCATION):
        self.opcode = opcode
        self.oparg = oparg
        self.location = location
        self.target = None
        self.handler = None

    def __repr__(self) -> str:
        return f"Instruction({BY_OPCODE[self.opcode].name}, {self.oparg!r}, {tuple(self.location)})"

    def __eq__(self, other) -> bool:
        if not isinstance(other, Instruction):
            return NotImplemented
        return (self.opcode, self.oparg, tuple(self.location)) == (
            other.opcode, other.oparg, tuple(other.location))

    __hash__ = None


class InstructionSequence:
    """The instructions of one code unit, in the order code generation wrote them."""

    __slots__ = ("instructions", "labels")

    def __init__(self):
        self.instructions: list[Instruction] = []
        self.labels: list[Label] = []

    def new_label(self) -> Label:
        label = Label(len(self.labels))
        self.labels.append(label)
        return label

    def use_label(self, label: Label) -> None:
        """Place ``label`` at the next instruction to be added."""
        label.position = len(self.instructions)

    def add(self, opcode: int, oparg=0, location: Location = NO_LOCATION) -> Instruction:
        """Append an instruction (``oparg`` a Label for jumps) and return it."""
        instruction = Instruction(opcode, oparg, location)
        self.instructions.append(instruction)
        return instruction

    def add_named(self, name: str, oparg=0, location: Location = NO_LOCATION) -> Instruction:
        """``add`` by instruction name: ``sequence.add_named("LOAD_CONST", 0, loc)``."""
        return self.add(BY_NAME[name].opcode, oparg, location)

    def copy(self) -> "InstructionSequence":
        """An independent copy (the back end consumes the sequence it is given)."""
        copy = InstructionSequence()
        labels = {}
        for label in self.labels:
            labels[label] = new = Label(label.id)
            new.position = label.position
            copy.labels.append(new)
        for instruction in self.instructions:
            oparg = instruction.oparg
            if type(oparg) is Label:
                oparg = labels[oparg]
            copy.instructions.append(Instruction(instruction.opcode, oparg, instruction.location))
        return copy

    def __len__(self) -> int:
        return len(self.instructions)

    def __iter__(self):
        return iter(self.instructions)


class CodeUnitMetadata:
    """What the back end needs to know about a code unit besides its instructions.

    Mirrors CPython 3.12's ``_PyCompile_CodeUnitMetadata``. The name tables are
    dicts from the name to its index (insertion order = index order), as in
    CPython, so that adding a name is one lookup:

    - ``consts``: constant *keys* (see ``clearpy.compiler.constants.const_key``,
      which keeps ``1``, ``1.0``, ``True`` and ``-0.0`` apart) -> index in
      ``co_consts``;
    - ``names``: global, attribute and imported names -> index in ``co_names``;
    - ``varnames``: local variables, parameters first -> fast-local index;
    - ``cellvars``: locals captured by an inner scope -> cell index;
    - ``freevars``: variables captured from an enclosing scope -> index
      counted on from the cells, as in CPython (the first free variable's
      index is ``len(cellvars)``);
    - ``fasthidden``: names that are fast locals only inside an inlined
      comprehension (PEP 709); the value says whether they are hidden right now.
    """

    __slots__ = ("name", "qualname", "consts", "names", "varnames", "cellvars", "freevars",
                 "fasthidden", "argcount", "posonlyargcount", "kwonlyargcount", "firstlineno")

    def __init__(self, name: str, qualname: str | None = None, *, firstlineno: int = 1,
                 argcount: int = 0, posonlyargcount: int = 0, kwonlyargcount: int = 0):
        self.name = name
        self.qualname = qualname
        self.consts: dict = {}
        self.names: dict[str, int] = {}
        self.varnames: dict[str, int] = {}
        self.cellvars: dict[str, int] = {}
        self.freevars: dict[str, int] = {}
        self.fasthidden: dict[str, bool] = {}
        self.argcount = argcount              # positional-or-keyword parameters (not positional-only)
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.firstlineno = firstlineno

    def add_const(self, value) -> int:
        """The index of ``value`` in ``co_consts``, adding it if new."""
        return _index_of(self.consts, const_key(value))

    def add_name(self, name: str) -> int:
        return _index_of(self.names, name)

    def copy(self) -> "CodeUnitMetadata":
        copy = CodeUnitMetadata(self.name, self.qualname, firstlineno=self.firstlineno,
                                argcount=self.argcount, posonlyargcount=self.posonlyargcount,
                                kwonlyargcount=self.kwonlyargcount)
        for field in ("consts", "names", "varnames", "cellvars", "freevars", "fasthidden"):
            setattr(copy, field, dict(getattr(self, field)))
        return copy

    def const_values(self) -> list:
        """The constants as a list, in index order (``consts_dict_keys_inorder``)."""
        values = [None] * len(self.consts)
        for key, index in self.consts.items():
            values[index] = value_of_key(key)
        return values

    def __repr__(self) -> str:
        return f"CodeUnitMetadata({self.name!r}, {len(self.consts)} consts, {len(self.names)} names)"


def _index_of(table: dict, key) -> int:
    index = table.get(key)
    if index is None:
        index = table[key] = len(table)
    return index


# -- CPython's _testinternalcapi tuple format ---------------------------------------

def sequence_from_tuples(tuples) -> InstructionSequence:
    """Build a sequence from ``_testinternalcapi.compiler_codegen``'s instruction tuples.

    Each tuple is ``(opcode, oparg, lineno, end_lineno, col_offset,
    end_col_offset)``; a jump's oparg is the index of its target instruction,
    which becomes a label placed there, numbered by that index. (Labels
    nobody jumps to are not in this format, so they are not recreated.)
    """
    sequence = InstructionSequence()
    labels_at = {}
    for opcode, oparg, *_ in tuples:
        if opcode in HAS_TARGET and oparg not in labels_at:
            # Like _testinternalcapi's own reader, the label's id is the target's index.
            labels_at[oparg] = label = Label(oparg)
            sequence.labels.append(label)
    for index, (opcode, oparg, lineno, end_lineno, col_offset, end_col_offset) in enumerate(tuples):
        label = labels_at.get(index)
        if label is not None:
            sequence.use_label(label)
        if opcode in HAS_TARGET:
            oparg = labels_at[oparg]
        location = (NO_LOCATION if lineno == -1 and end_lineno == -1 and col_offset == -1
                    and end_col_offset == -1
                    else Location(lineno, end_lineno, col_offset, end_col_offset))
        sequence.add(opcode, oparg, location)
    for index, label in labels_at.items():
        if label.position == -1:   # a label after the last instruction
            label.position = index
    return sequence


def sequence_to_tuples(sequence: InstructionSequence) -> list[tuple]:
    """The reverse of :func:`sequence_from_tuples`: labels become instruction indices."""
    result = []
    for instruction in sequence.instructions:
        oparg = instruction.oparg
        if isinstance(oparg, Label):
            oparg = oparg.position
        result.append((instruction.opcode, oparg, *instruction.location))
    return result


def metadata_from_dict(metadata: dict, firstlineno: int = 1) -> CodeUnitMetadata:
    """Build metadata from ``compiler_codegen``'s metadata dict (const keys included)."""
    unit = CodeUnitMetadata(metadata["name"], metadata.get("qualname"),
                            firstlineno=metadata.get("firstlineno", firstlineno),
                            argcount=metadata.get("argcount", 0),
                            posonlyargcount=metadata.get("posonlyargcount", 0),
                            kwonlyargcount=metadata.get("kwonlyargcount", 0))
    consts = metadata.get("consts", {})
    if isinstance(consts, list):   # test_compiler_assemble style: the values in order
        for value in consts:
            unit.add_const(value)
    else:
        unit.consts = dict(consts)
    for field in ("names", "varnames", "cellvars", "freevars", "fasthidden"):
        setattr(unit, field, dict(metadata.get(field, {})))
    return unit


def metadata_to_dict(unit: CodeUnitMetadata) -> dict:
    """The metadata as the dict ``_testinternalcapi.assemble_code_object`` takes."""
    return {
        "name": unit.name, "qualname": unit.qualname if unit.qualname is not None else unit.name,
        "consts": dict(unit.consts), "names": dict(unit.names), "varnames": dict(unit.varnames),
        "cellvars": dict(unit.cellvars), "freevars": dict(unit.freevars),
        "fasthidden": dict(unit.fasthidden), "argcount": unit.argcount,
        "posonlyargcount": unit.posonlyargcount, "kwonlyargcount": unit.kwonlyargcount,
        "firstlineno": unit.firstlineno,
    }
