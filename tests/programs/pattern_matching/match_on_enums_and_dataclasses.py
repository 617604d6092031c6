# Matching enum members (value patterns) and dataclasses (generated __match_args__).
from dataclasses import dataclass
from enum import Enum, auto
class Op(Enum):
    PUSH = auto()
    POP = auto()
    ADD = auto()
@dataclass
class Instr:
    op: Op
    arg: int = 0
def run(program):
    stack = []
    for instruction in program:
        match instruction:
            case Instr(Op.PUSH, value):
                stack.append(value)
            case Instr(Op.POP):
                stack.pop()
            case Instr(op=Op.ADD):
                stack.append(stack.pop() + stack.pop())
            case other:
                raise ValueError(f"bad instruction {other}")
        print(f"  {instruction.op.name:<4} -> {stack}")
    return stack
print(run([Instr(Op.PUSH, 2), Instr(Op.PUSH, 3), Instr(Op.ADD), Instr(Op.PUSH, 9), Instr(Op.POP)]))
print(Instr.__match_args__)
try:
    run([Instr("JUMP")])
except ValueError as error:
    print("ValueError:", error)
