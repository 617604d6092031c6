"""The trace file: ``clearpy trace --json OUT`` (format "clearpy-trace", version 1).

The file is one JSON document, written as the program runs (it is never held
in memory whole), with one event per line so that it can also be read line
by line::

    {"format": "clearpy-trace", "version": 1, ..., "events": [
    {"event": "start", "n": 1, ...},
    {"event": "call", "n": 2, ...},
    {"event": "line", "n": 3, "step": 1, ..., "state": {...}},
    ...
    {"event": "end", "n": 97, ...}
    ], "sources": {"/path/prog.py": "def f(x):\\n..."}}

docs/tracing.md describes every field. In short: each event has ``event``
(its kind), ``n`` (its number), ``thread``, and for events of a frame
``frame`` (the frame's key), ``function``, ``file``, ``line``, ``offset``;
the rest depends on the kind. Each *step* (a ``line`` event, or an
``instruction`` event at instruction level) has ``step`` and ``state``:

- ``frames``: every watched frame of every thread, bottom first, each with
  its ``locals`` (``[name, kind, value]``: kind ``local``, ``cell``,
  ``free`` or ``global``) and its value ``stack``;
- ``heap``: the objects those frames reach that are new or *changed* since
  the previous step (id -> object), and ``heap_gone``: the ids no longer
  reached. The heap at a step is the heap of the previous step, updated so.

Values are written as Python Tutor writes them: numbers, strings, booleans
and ``null`` as themselves; any other object as ``["REF", id]``, an id of the
heap; ``["NULL"]`` for the empty stack marker; ``["UNBOUND"]`` for a
variable not assigned yet. A heap object is ``{"type", "kind", "repr",
"size", "refcount", "immortal", "tracked", "value"}``, where ``value`` is
Python Tutor's encoding (``["LIST", ...]``, ``["DICT", [k, v], ...]``,
``["INSTANCE", "Point", ["x", 1], ...]``...). ``pytutor.py`` turns a trace
into Python Tutor's own format.
"""

import json
import sys

from clearpy.memory.frames import STACK
from clearpy.tracing import events as ev

FORMAT = "clearpy-trace"
VERSION = 1

_EVENT_FIELDS = ("thread", "frame", "function", "filename", "line", "offset")


class TraceWriter:
    """A sink that streams events to a trace file."""

    wants_state = True

    def __init__(self, file, header: dict | None = None):
        self.file = file
        self.first = True
        self.pending = None          # an instruction record waiting for its stack_after
        self.previous = {}           # id -> JSON text of the object at the previous step
        self.sources = {}            # filename -> None (the files events happened in)
        self.events = 0
        self.steps = 0
        self.bytes = 0
        head = {"format": FORMAT, "version": VERSION, "python": sys.version.split()[0]}
        head.update(header or {})
        text = json.dumps(head)[:-1] + ', "events": [\n'
        self._write(text)

    # -- the sink protocol --------------------------------------------------------------------

    def event(self, event) -> None:
        self._flush_pending()
        record = self.record(event)
        if event.kind is ev.INSTRUCTION:
            self.pending = (event, record)
            return
        self._emit(record)

    def instruction_done(self, event) -> None:
        pending = self.pending
        if pending is not None and pending[0] is event:
            self.pending = None
            record = pending[1]
            _copy_done(event, record)
            self._emit(record)
            return
        self._flush_pending()
        record = {"event": "instruction_done", "n": event.number}
        _copy_done(event, record)
        self._emit(record)

    def close(self) -> None:
        self._flush_pending()
        sources = {}
        for filename in self.sources:
            try:
                import linecache

                lines = linecache.getlines(filename)
                if lines:
                    sources[filename] = "".join(lines)
            except Exception:
                pass
        self._write('\n], "sources": ' + json.dumps(sources) + "}\n")
        self.file.flush()

    # -- records --------------------------------------------------------------------------

    def record(self, event) -> dict:
        record = {"event": event.kind, "n": event.number}
        for name in _EVENT_FIELDS:
            value = getattr(event, name)
            if value is not None:
                record["file" if name == "filename" else name] = value
        if event.filename is not None:
            self.sources.setdefault(event.filename, None)
        if event.step is not None:
            record["step"] = event.step
            self.steps += 1
        details = event.details
        if event.kind is ev.INSTRUCTION:
            details = {key: value for key, value in details.items() if key != "stack_after"}
        record.update(details)
        if event.state is not None:
            record["state"] = self.encode_state(event.state)
        return record

    def encode_state(self, state: dict) -> dict:
        """Frames and the heap's changes since the previous step."""
        snapshot = state["snapshot"]
        objects = snapshot.objects
        frames = []
        for frame in snapshot.frames:
            local_slots, stack = [], []
            for kind, name, target in frame.slots:
                value = ["UNBOUND"] if target is None and kind != STACK else \
                    ["NULL"] if target is None else encode_value(objects, target)
                if kind == STACK:
                    stack.append(value)
                else:
                    local_slots.append([name, kind, value])
            frames.append({"frame": frame.key, "function": frame.function, "thread": frame.thread,
                           "line": frame.line, "locals": local_slots, "stack": stack})
        heap = {}
        current = {}
        for key, heap_object in objects.items():
            entry = {"type": heap_object.type_name, "kind": heap_object.kind,
                     "repr": heap_object.repr, "size": heap_object.size,
                     "refcount": heap_object.refcount, "immortal": heap_object.immortal,
                     "tracked": heap_object.tracked, "value": encode_object(objects, heap_object)}
            if heap_object.more_items:
                entry["more_items"] = heap_object.more_items
            # Kept as text, not as the entry: the entry holds the program's own
            # ints and strings, and holding them would change their reference counts.
            text = json.dumps(entry)
            current[key] = text
            if self.previous.get(key) != text:
                heap[str(key)] = entry
        gone = [key for key in self.previous if key not in current]
        self.previous = current
        encoded = {"frames": frames, "heap": heap, "heap_gone": gone, "gc": state.get("gc")}
        if snapshot.truncated:
            encoded["heap_truncated"] = True
        return encoded

    # -- writing ----------------------------------------------------------------------------

    def _flush_pending(self) -> None:
        pending = self.pending
        if pending is not None:
            self.pending = None
            self._emit(pending[1])

    def _emit(self, record: dict) -> None:
        text = json.dumps(record, separators=(",", ":"), default=str)
        self._write(text if self.first else ",\n" + text)
        self.first = False
        self.events += 1

    def _write(self, text: str) -> None:
        self.file.write(text)
        self.bytes += len(text)


def _copy_done(event, record: dict) -> None:
    details = event.details
    if "stack_after" in details:
        record["stack_after"] = details["stack_after"]
    if "raised" in details:
        record["raised"] = details["raised"]


def encode_value(objects: dict, target: int | None):
    """A reference from a slot or a container, as Python Tutor writes it."""
    if target is None:
        return ["ELIDED"]
    heap_object = objects.get(target)
    if heap_object is None:
        return ["ELIDED"]
    if heap_object.kind == "primitive":
        value = heap_object.value
        if not isinstance(value, list):
            return value
    return ["REF", target]


def encode_object(objects: dict, heap_object) -> list:
    """An object's content in Python Tutor's encoding."""
    kind = heap_object.kind
    elements = heap_object.elements
    if kind in ("list", "tuple", "set", "frozenset"):
        tag = {"list": "LIST", "tuple": "TUPLE"}.get(kind, "SET")
        return [tag] + [encode_value(objects, target) for target in elements]
    if kind == "dict":
        return ["DICT"] + [[encode_value(objects, key), encode_value(objects, value)]
                           for key, value in elements]
    if kind == "instance":
        return ["INSTANCE", heap_object.type_name] + [[name, encode_value(objects, target)]
                                                      for name, target in elements]
    if kind == "cell":
        return ["CELL"] + [encode_value(objects, target) for target in elements]
    if kind == "class":
        name = heap_object.repr.removeprefix("<class '").removesuffix("'>").rpartition(".")[2]
        return ["CLASS", name, []]
    if kind == "function":
        return ["FUNCTION", heap_object.repr, None]
    if kind == "module":
        return ["MODULE", heap_object.repr]
    if kind == "primitive":
        value = heap_object.value
        return value if isinstance(value, list) else ["HEAP_PRIMITIVE", heap_object.type_name, value]
    return ["HEAP_PRIMITIVE", heap_object.type_name, heap_object.repr]


def read_trace(path: str) -> dict:
    """Read a whole trace file (for tests and small traces)."""
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def read_unfinished_trace(path: str) -> dict:
    """Read a trace whose writing stopped midway (the program ended the process
    with ``os._exit``, or was killed): the header and every complete event.
    The result has ``"finished": False`` and no ``sources``."""
    with open(path, encoding="utf-8") as file:
        header = file.readline()
        if not header.startswith("{") or FORMAT not in header:
            raise ValueError(f"{path} is not a clearpy trace")
        trace = json.loads(header[:header.rindex(', "events": [')] + "}")
        events = trace["events"] = []
        for line in file:
            if line.startswith("]"):
                break
            try:
                events.append(json.loads(line.rstrip().rstrip(",")))
            except json.JSONDecodeError:
                break          # the last line, cut in the middle
    trace["finished"] = False
    trace["sources"] = {}
    return trace


def iterate_events(path: str):
    """The events of a trace file, one at a time, without reading it whole."""
    with open(path, encoding="utf-8") as file:
        header = file.readline()
        if FORMAT not in header:
            raise ValueError(f"{path} is not a clearpy trace")
        for line in file:
            if line.startswith("]"):
                break
            yield json.loads(line.rstrip().rstrip(","))
