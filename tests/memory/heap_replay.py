"""Reading a clearpy trace file back: the heap at each step, rebuilt from its changes."""

import json
import subprocess
import sys
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"


def run_trace(program: Path, out: Path, *options: str) -> dict:
    completed = subprocess.run(
        [sys.executable, "-m", "clearpy", "trace", "--quiet", "--json", str(out), *options,
         str(program)], capture_output=True, cwd=program.parent, timeout=300)
    assert completed.returncode == 0, completed.stderr.decode()
    return json.loads(out.read_text())


def steps_with_heap(trace: dict):
    """(event, frames, heap) for each step that carries the program's state;
    ``heap`` maps ids (as strings) to entries, complete at that step."""
    heap = {}
    for event in trace["events"]:
        state = event.get("state")
        if state is None:
            continue
        for key in state["heap_gone"]:
            heap.pop(str(key), None)
        heap.update(state["heap"])
        yield event, state["frames"], heap


def slot_target(frames: list, name: str):
    """The id (as a string) the innermost frame's variable ``name`` refers to."""
    for frame in reversed(frames):
        for slot_name, _, value in frame["locals"]:
            if slot_name == name and value[0] == "REF":
                return str(value[1])
    return None


_WATCH_CYCLES = """
import io, json, sys
from clearpy.memory.cycle_watch import CycleWatch
from clearpy.tracing.session import TraceSettings, trace_program
watch = CycleWatch(file=io.StringIO(), color=False)
traced = trace_program([sys.argv[1]], [watch], TraceSettings(predict_collections=True))
print(json.dumps({
    "status": traced.status,
    "output": "".join(traced.output),
    "appearances": [[item.line, len(item.new)] for item in watch.appearances],
    "collections": [[item.generation, item.collected, item.predicted] for item in watch.collections],
    "shown": watch.console.file.getvalue(),
}))
"""


def watch_cycles(program: Path) -> dict:
    """Run ``program`` under clearpy's CycleWatch (as ``clearpy cycles`` does)
    and return what it saw."""
    completed = subprocess.run([sys.executable, "-c", _WATCH_CYCLES, str(program)],
                               capture_output=True, text=True, cwd=program.parent, timeout=600)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.splitlines()[-1])
