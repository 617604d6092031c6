"""From a clearpy trace file to Python Tutor's trace format.

Python Tutor (pythontutor.com) draws a program's frames and objects from a
JSON *trace*: ``{"code": SOURCE, "trace": [STEP, ...]}``, each step with the
line, an event (``step_line``, ``call``, ``return``, ``exception``), the
module's variables (``globals``), the function frames (``stack_to_render``),
the objects they reach (``heap``) and the output so far (``stdout``).

clearpy's trace file (``trace_format.py``, docs/tracing.md) was made to be
close to it: values are already written the way Python Tutor writes them
(``["REF", id]``, ``["LIST", ...]``, ``["DICT", [k, v], ...]``,
``["INSTANCE", "Point", ["x", 1], ...]``). What this mapping does:

- a trace step becomes a Python Tutor step; after a ``call`` event the next
  step is a ``call``; an exception marks the step where it was raised;
- the heap, which clearpy writes as changes from step to step, is rebuilt
  whole at each step (Python Tutor wants it whole);
- the module frame's variables become ``globals``; the other frames of the
  main thread become ``stack_to_render``, newest last, the newest highlighted;
- clearpy's cells (a variable shared with an inner function) are shown as the
  value they hold, as Python Tutor does; modules and clearpy's extra fields
  (reference counts, sizes) are left out, since Python Tutor has no place
  for them.

    python -m clearpy.tracing.pytutor TRACE.json OUT.json
"""

import json
import sys

from clearpy.tracing.trace_format import read_trace

_CONTAINER_TAGS = {"LIST", "TUPLE", "SET"}


def to_pytutor(trace: dict) -> dict:
    """Python Tutor's trace of ``trace`` (a clearpy trace, as ``read_trace`` returns it)."""
    program = trace.get("program")
    sources = trace.get("sources", {})
    code = sources.get(program) or next(iter(sources.values()), "")
    return {"code": code, "trace": list(pytutor_steps(trace["events"], program))}


def pytutor_steps(events, program: str | None = None):
    """Python Tutor's steps, one per step of the clearpy trace (events may be a stream)."""
    heap = {}
    stdout = ""
    pending_call = False
    previous = None
    for event in events:
        kind = event["event"]
        if kind == "output":
            if event["stream"] == "stdout":
                stdout += event["text"]
            continue
        if kind == "call":
            pending_call = True
            continue
        if kind in ("exception", "unwind") and previous is not None:
            previous["event"] = "exception"
            previous["exception_msg"] = f"{event['type']}: {event.get('message', '')}"
            continue
        if "step" not in event:
            continue
        state = event.get("state") or {}
        for key in state.get("heap_gone", []):
            heap.pop(str(key), None)
        heap.update(state.get("heap", {}))
        step = _step(event, state, heap, stdout, "call" if pending_call else "step_line")
        pending_call = False
        if previous is not None:
            yield previous
        previous = step
    if previous is not None:
        previous["stdout"] = stdout
        yield previous


def _step(event: dict, state: dict, heap: dict, stdout: str, kind: str) -> dict:
    frames = [frame for frame in state.get("frames", []) if frame["thread"] == event["thread"]]
    module_variables, functions = {}, []
    if frames and frames[0]["function"] == "<module>":
        module_variables = _variables(frames[0], heap)
        frames = frames[1:]
    stack = []
    for position, frame in enumerate(frames):
        variables = _variables(frame, heap)
        stack.append({"func_name": frame["function"], "frame_id": frame["frame"],
                      "unique_hash": f"{frame['function']}_f{frame['frame']}",
                      "is_highlighted": position == len(frames) - 1,
                      "is_parent": False, "is_zombie": False, "parent_frame_id_list": [],
                      "encoded_locals": variables, "ordered_varnames": list(variables)})
    referenced = {}
    for name, value in _all_values(module_variables, stack):
        _reach(value, heap, referenced)
    return {"line": event.get("line"), "event": kind, "func_name": event.get("function"),
            "globals": module_variables, "ordered_globals": list(module_variables),
            "stack_to_render": stack, "heap": referenced, "stdout": stdout}


def _variables(frame: dict, heap: dict) -> dict:
    """A frame's assigned variables, cells shown as what they hold."""
    variables = {}
    for name, _kind, value in frame["locals"]:
        if value == ["UNBOUND"]:
            continue
        variables[name] = _through_cell(value, heap)
    return variables


def _through_cell(value, heap: dict):
    if isinstance(value, list) and value[:1] == ["REF"]:
        target = heap.get(str(value[1]))
        if target is not None and target["value"][:1] == ["CELL"]:
            contents = target["value"][1:]
            return contents[0] if contents else None
    return value


def _all_values(module_variables: dict, stack: list):
    yield from module_variables.items()
    for frame in stack:
        yield from frame["encoded_locals"].items()


def _reach(value, heap: dict, referenced: dict) -> None:
    """Copy into ``referenced`` every object ``value`` leads to, in Python Tutor's encoding."""
    pending = [value]
    while pending:
        value = pending.pop()
        if not (isinstance(value, list) and value[:1] == ["REF"]):
            continue
        key = str(value[1])
        if key in referenced or key not in heap:
            continue
        encoded = _encode(heap[key], heap)
        referenced[key] = encoded
        pending.extend(_references(encoded))


def _encode(entry: dict, heap: dict) -> list:
    value = entry["value"]
    tag = value[0] if value else None
    if tag in _CONTAINER_TAGS:
        return [tag] + [_through_cell(item, heap) for item in value[1:]]
    if tag == "DICT":
        return ["DICT"] + [[key, _through_cell(item, heap)] for key, item in value[1:]]
    if tag == "INSTANCE":
        return value[:2] + [[name, _through_cell(item, heap)] for name, item in value[2:]]
    if tag == "MODULE":
        return ["module", entry["repr"]]
    if tag == "CELL":
        return ["HEAP_PRIMITIVE", "cell", entry["repr"]]
    if tag == "FUNCTION":
        # "<function divide at 0x7f...>" -> "divide", the name Python Tutor shows.
        name = value[1].removeprefix("<function ").split(" at 0x")[0]
        return ["FUNCTION", name, None]
    return value


def _references(encoded: list):
    for item in encoded[1:]:
        if isinstance(item, list):
            if item[:1] == ["REF"]:
                yield item
            else:
                yield from (part for part in item if isinstance(part, list))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m clearpy.tracing.pytutor TRACE.json OUT.json", file=sys.stderr)
        return 2
    source, out = argv
    try:
        trace = read_trace(source)
    except (OSError, ValueError) as error:
        print(f"clearpy.tracing.pytutor: {error}", file=sys.stderr)
        return 1
    with open(out, "w", encoding="utf-8") as file:
        json.dump(to_pytutor(trace), file)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

