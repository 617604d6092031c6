"""``clearpy explain``: one program's journey through every stage.

A *journey* holds the program's source and what each stage made of it. Each
step of the journey is a module in this package with::

    TITLE = "Tokens"
    def show(journey: Journey, console: rich.console.Console) -> None

Steps run in the order of ``STEPS``; a later step reuses what an earlier one
computed through ``journey.result(name, compute)``, so nothing is done twice.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# The steps, in the order a program goes through them (modules in this package).
STEPS = [
    "source",
    "tokens",
    "parse",
    "symtable",
    "codegen",
    "bytecode",
    "execution",
]


@dataclass
class Journey:
    """A program on its way through clearpy, and what each stage made of it."""

    filename: str
    source: bytes
    _results: dict = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: str) -> "Journey":
        return cls(str(path), Path(path).read_bytes())

    def result(self, name: str, compute: Callable[[], object]) -> object:
        """The result of stage ``name``, computed by ``compute()`` the first time."""
        if name not in self._results:
            self._results[name] = compute()
        return self._results[name]


def steps():
    """The step modules, in journey order."""
    return [importlib.import_module(f"clearpy.explain.{name}") for name in STEPS]
