"""Random small programs that stress scoping, for differential tests against CPython.

``random_program(seed)`` writes a short module full of the constructs the
symbol table cares about: nested functions, classes, lambdas and
comprehensions, ``global``/``nonlocal``, walrus targets, PEP 695 generics and
type aliases, ``super()``, private names, annotations, imports, ``match``.
Names come from a tiny pool so that they collide often. Many programs are
invalid on purpose (a misplaced ``nonlocal``, a walrus rebinding a loop
variable): CPython's error must then be reproduced exactly.
"""

import random

NAMES = ["a", "b", "x", "y", "__p", "__q__", "T", "super", "__class__", "f", "C"]


class ProgramWriter:
    """Writes one random program; ``depth`` limits nesting."""

    def __init__(self, seed: int, max_depth: int = 4):
        self.random = random.Random(seed)
        self.max_depth = max_depth
        self.lines: list[str] = []

    def program(self) -> str:
        if self.random.random() < 0.15:
            self.lines.append("from __future__ import annotations")
        for _ in range(self.random.randint(1, 5)):
            self.statement(0, depth=0, in_function=False, in_class=False, in_loop=False)
        return "\n".join(self.lines) + "\n"

    # -- helpers ----------------------------------------------------------------

    def name(self) -> str:
        return self.random.choice(NAMES)

    def chance(self, probability: float) -> bool:
        return self.random.random() < probability

    def emit(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def block(self, indent: int, depth: int, in_function: bool, in_class: bool,
              in_loop: bool = False) -> None:
        for _ in range(self.random.randint(1, 3)):
            self.statement(indent, depth, in_function, in_class, in_loop)

    def type_params(self, depth: int) -> str:
        if not self.chance(0.3):
            return ""
        params = []
        for _ in range(self.random.randint(1, 2)):
            kind = self.random.random()
            if kind < 0.6:
                bound = f": {self.expression(depth + 1)}" if self.chance(0.4) else ""
                params.append(f"{self.name()}{bound}")
            elif kind < 0.8:
                params.append(f"*{self.name()}")
            else:
                params.append(f"**{self.name()}")
        return f"[{', '.join(params)}]"

    def parameters(self, depth: int, annotations: bool = True) -> str:
        names = self.random.sample(NAMES, 6) if self.chance(0.9) else [self.name() for _ in range(6)]
        params = []
        has_default = False
        for name in names[:self.random.randint(0, 3)]:
            text = name
            if annotations and self.chance(0.3):
                text += f": {self.expression(depth + 1)}"
            if has_default or self.chance(0.2):
                text += f"={self.expression(depth + 1)}"
                has_default = True
            params.append(text)
        if self.chance(0.2):
            params.append(f"*{names[3]}")
            if self.chance(0.5):
                default = f"={self.expression(depth + 1)}" if self.chance(0.5) else ""
                params.append(f"{names[4]}{default}")
        if self.chance(0.15):
            params.append(f"**{names[5]}")
        return ", ".join(params)

    # -- statements ---------------------------------------------------------------

    def statement(self, indent: int, depth: int, in_function: bool, in_class: bool,
                  in_loop: bool) -> None:
        nested = depth < self.max_depth
        choices = ["assign", "assign", "expr", "expr", "global", "augassign", "annassign",
                   "del", "import", "for", "try", "with"]
        if nested:
            choices += ["def", "def", "class", "type", "if"]
        if in_function:
            choices += ["nonlocal", "nonlocal", "return"]
        elif in_class and depth > 1 and self.chance(0.3):
            choices.append("nonlocal")  # valid when an enclosing function binds the name
        if self.chance(0.05):
            choices.append("match")
        kind = self.random.choice(choices)
        getattr(self, f"_{kind}")(indent, depth, in_function, in_class, in_loop)

    def _assign(self, indent, depth, *context):
        targets = self.name() if self.chance(0.8) else f"{self.name()}, *{self.name()}"
        self.emit(indent, f"{targets} = {self.expression(depth)}")

    def _augassign(self, indent, depth, *context):
        self.emit(indent, f"{self.name()} += {self.expression(depth)}")

    def _annassign(self, indent, depth, *context):
        value = f" = {self.expression(depth)}" if self.chance(0.5) else ""
        target = self.name() if self.chance(0.85) else f"({self.name()})"
        self.emit(indent, f"{target}: {self.expression(depth)}{value}")

    def _expr(self, indent, depth, *context):
        self.emit(indent, self.expression(depth))

    def _global(self, indent, depth, *context):
        self.emit(indent, f"global {self.name()}")

    def _nonlocal(self, indent, depth, *context):
        self.emit(indent, f"nonlocal {self.name()}")

    def _del(self, indent, depth, *context):
        self.emit(indent, f"del {self.name()}")

    def _return(self, indent, depth, *context):
        self.emit(indent, f"return {self.expression(depth)}" if self.chance(0.7) else "return")

    def _import(self, indent, depth, *context):
        choice = self.random.random()
        if choice < 0.4:
            self.emit(indent, f"import {self.name()}.sub as {self.name()}")
        elif choice < 0.8:
            self.emit(indent, f"from m import {self.name()}")
        elif choice < 0.9:
            self.emit(indent, "from m import *")
        else:
            self.emit(indent, f"import {self.name()}.sub")

    def _for(self, indent, depth, in_function, in_class, in_loop):
        keyword = "async for" if in_function and self.chance(0.2) else "for"
        self.emit(indent, f"{keyword} {self.name()} in {self.expression(depth)}:")
        self.block(indent + 1, depth, in_function, in_class, True)

    def _if(self, indent, depth, in_function, in_class, in_loop):
        self.emit(indent, f"if {self.expression(depth)}:")
        self.block(indent + 1, depth, in_function, in_class, in_loop)

    def _try(self, indent, depth, in_function, in_class, in_loop):
        self.emit(indent, "try:")
        self.block(indent + 1, depth, in_function, in_class, in_loop)
        star = "*" if self.chance(0.2) else ""
        self.emit(indent, f"except{star} {self.name()} as {self.name()}:")
        self.block(indent + 1, depth, in_function, in_class, in_loop)
        if self.chance(0.3):
            self.emit(indent, "else:")
            self.block(indent + 1, depth, in_function, in_class, in_loop)
        if self.chance(0.3):
            self.emit(indent, "finally:")
            self.block(indent + 1, depth, in_function, in_class, in_loop)

    def _with(self, indent, depth, in_function, in_class, in_loop):
        self.emit(indent, f"with {self.expression(depth)} as {self.name()}:")
        self.block(indent + 1, depth, in_function, in_class, in_loop)

    def _match(self, indent, depth, in_function, in_class, in_loop):
        self.emit(indent, f"match {self.expression(depth)}:")
        patterns = [f"[{self.name()}, *{self.name()}]", f"{{'k': {self.name()}, **{self.name()}}}",
                    f"C({self.name()}, k={self.name()})", f"(1 | 2) as {self.name()}",
                    f"{self.name()}.attr", "None"]
        self.emit(indent + 1, f"case {self.random.choice(patterns)} if {self.expression(depth)}:")
        self.block(indent + 2, depth, in_function, in_class, in_loop)

    def _def(self, indent, depth, in_function, in_class, in_loop):
        if self.chance(0.2):
            self.emit(indent, f"@{self.expression(depth)}")
        keyword = "async def" if self.chance(0.2) else "def"
        returns = f" -> {self.expression(depth + 1)}" if self.chance(0.2) else ""
        self.emit(indent, f"{keyword} {self.name()}{self.type_params(depth)}"
                          f"({self.parameters(depth)}){returns}:")
        self.block(indent + 1, depth + 1, True, False)

    def _class(self, indent, depth, in_function, in_class, in_loop):
        bases = f"({self.expression(depth + 1)})" if self.chance(0.3) else ""
        self.emit(indent, f"class {self.name()}{self.type_params(depth)}{bases}:")
        self.block(indent + 1, depth + 1, False, True)

    def _type(self, indent, depth, *context):
        self.emit(indent, f"type {self.name()}{self.type_params(depth)} = {self.expression(depth + 1)}")

    # -- expressions ------------------------------------------------------------------

    def expression(self, depth: int) -> str:
        if depth >= self.max_depth + 2 or self.chance(0.5):
            return self.name() if self.chance(0.85) else "1"
        kind = self.random.choice(
            ["lambda", "lambda", "listcomp", "listcomp", "genexp", "setcomp", "dictcomp",
             "walrus", "call", "call", "super", "yield", "await", "binop", "fstring",
             "attribute", "nestedcomp"])
        deeper = depth + 1
        if kind == "lambda":
            return f"(lambda {self.parameters(deeper, annotations=False)}: {self.expression(deeper)})"
        if kind in ("listcomp", "genexp", "setcomp"):
            opener, closer = {"listcomp": "[]", "genexp": "()", "setcomp": "{}"}[kind]
            return f"{opener}{self.expression(deeper)} {self.generators(deeper)}{closer}"
        if kind == "dictcomp":
            return f"{{{self.expression(deeper)}: {self.expression(deeper)} {self.generators(deeper)}}}"
        if kind == "nestedcomp":
            inner = f"[{self.expression(deeper)} {self.generators(deeper)}]"
            return f"[{inner} {self.generators(deeper)}]"
        if kind == "walrus" and self.chance(0.3):
            return f"({self.name()} := {self.expression(deeper)})"
        if kind == "call":
            return f"{self.name()}({self.expression(deeper)}, k={self.expression(deeper)})"
        if kind == "super":
            return "super().m()"
        if kind == "yield" and self.chance(0.3):
            return f"(yield {self.expression(deeper)})" if self.chance(0.8) else "(yield)"
        if kind == "await" and self.chance(0.5):
            return f"(await {self.expression(deeper)})"
        if kind == "binop":
            return f"({self.expression(deeper)} + {self.expression(deeper)})"
        if kind == "fstring":
            return f"f'{{ ({self.expression(deeper)}) }}'"
        return f"({self.expression(deeper)}).attr"

    def generators(self, depth: int) -> str:
        clauses = []
        for _ in range(self.random.randint(1, 2)):
            keyword = "async for" if self.chance(0.1) else "for"
            target = self.name() if self.chance(0.8) else f"({self.name()}, {self.name()})"
            clause = f"{keyword} {target} in {self.expression(depth)}"
            if self.chance(0.3):
                clause += f" if {self.expression(depth)}"
            clauses.append(clause)
        return " ".join(clauses)


def random_program(seed: int, max_depth: int = 4) -> str:
    """A random program, the same for the same seed."""
    return ProgramWriter(seed, max_depth).program()
