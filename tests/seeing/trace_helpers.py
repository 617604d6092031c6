"""Running clearpy trace and CPython's sys.monitoring on the same program."""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "trace_programs"
ORACLE = HERE / "monitoring_oracle.py"

# clearpy event kinds that sys.monitoring also reports.
COMPARED = {"call", "resume", "line", "instruction", "return", "yield", "exception", "handled",
            "unwind"}


def cpython_events(program: Path, tmp_path: Path) -> list:
    out = tmp_path / "oracle.json"
    subprocess.run([sys.executable, str(ORACLE), str(program), str(out)], check=True,
                   capture_output=True, cwd=program.parent, timeout=120)
    return [tuple(entry) for entry in json.loads(out.read_text()) if entry[0] != "uncaught"]


def clearpy_trace(program: Path, tmp_path: Path, *options: str) -> dict:
    out = tmp_path / "trace.json"
    completed = subprocess.run(
        [sys.executable, "-m", "clearpy", "trace", "--quiet", "--json", str(out), *options,
         str(program)], capture_output=True, cwd=program.parent, timeout=300)
    assert completed.returncode in (0, 1), completed.stderr.decode()
    trace = json.loads(out.read_text())
    trace["stderr"] = completed.stderr.decode()
    return trace


def comparable(trace: dict) -> list:
    """clearpy's events as (kind, function, where), as the oracle writes them."""
    found = []
    for event in trace["events"]:
        kind = event["event"]
        if kind not in COMPARED:
            continue
        where = event["line"] if kind == "line" else event["offset"]
        found.append((kind, event["function"], where))
    return found
