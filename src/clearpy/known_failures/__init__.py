"""Known failures, listed with reasons in one place and counted in every report.

Each stage has a file ``<stage>.toml`` in this directory::

    [[failure]]
    case = "test/badsyntax_3131.py"     # a corpus file, a test id, a program name
    reason = "why clearpy differs from CPython here"

Conformance sweeps and tests call ``known_failures(stage)`` and report these
cases as "known" (never as passing), so nothing is hidden.
"""

import tomllib
from functools import cache
from pathlib import Path

_DIRECTORY = Path(__file__).parent


@cache
def known_failures(stage: str) -> dict[str, str]:
    """Map each known failing case of ``stage`` to the reason it fails."""
    path = _DIRECTORY / f"{stage}.toml"
    if not path.exists():
        return {}
    with open(path, "rb") as file:
        data = tomllib.load(file)
    return {entry["case"]: entry["reason"] for entry in data.get("failure", [])}
