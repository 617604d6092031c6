"""Rewriting a known-failures file so that it lists exactly what fails now.

The VM's lists of known failures (``known_failures/programs.toml`` and
``known_failures/vm_tests.toml``) must stay exact: every entry still fails,
and every failure has an entry. After a run, ``--update-known-failures``
rewrites the file from the run's results:

- a case that still fails keeps its entry and its (possibly hand-written) reason;
- a case that passes now loses its entry;
- a new failure gets an entry whose reason is what the run saw (the first
  difference, or the first line of the error), to be improved by hand.

Cases the run did not cover (a run of a few modules or programs) keep their
entries untouched. The file format is the one ``known_failures()`` reads::

    [[failure]]
    case = "tracebacks/caret_subscript.py"
    reason = "..."
"""

import json
from pathlib import Path

from clearpy.known_failures import known_failures

DIRECTORY = Path(__file__).resolve().parents[1] / "known_failures"
MAX_REASON = 240  # characters of a reason found by a run (an assertion may print a whole dict)


def toml_string(text: str) -> str:
    """A TOML basic string. JSON's string escapes are all valid TOML escapes."""
    return json.dumps(text, ensure_ascii=False)


def updated_entries(stage: str, covered: set[str], failing: dict[str, str]) -> dict[str, str]:
    """The new case -> reason mapping for ``stage`` after a run.

    ``covered`` holds every case the run looked at; ``failing`` maps those that
    failed to the reason the run found.
    """
    entries = {}
    for case, reason in known_failures(stage).items():
        if case not in covered or case in failing:
            entries[case] = reason
    for case, reason in failing.items():
        entries.setdefault(case, reason if len(reason) <= MAX_REASON else reason[:MAX_REASON - 3] + "...")
    return dict(sorted(entries.items()))


def write(stage: str, entries: dict[str, str], header: str) -> Path:
    """Write ``known_failures/<stage>.toml`` with a comment ``header`` on top."""
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    for case, reason in entries.items():
        lines += ["", "[[failure]]", f"case = {toml_string(case)}", f"reason = {toml_string(reason)}"]
    path = DIRECTORY / f"{stage}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    known_failures.cache_clear()
    return path


def update(stage: str, covered: set[str], failing: dict[str, str], header: str) -> tuple[Path, int, int]:
    """Rewrite the file; return (its path, entries added, entries removed)."""
    before = set(known_failures(stage))
    entries = updated_entries(stage, covered, failing)
    path = write(stage, entries, header)
    return path, len(set(entries) - before), len(before - set(entries))
