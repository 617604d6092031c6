"""A stepper through a trace, as a piece of a web page (``clearpy explain --html``).

It shows what Python Tutor shows, from a trace file (``trace_format.py``):
for the step chosen (buttons, a slider or the arrow keys) the source with
the line running, the frames with their variables and value stacks, the
heap objects they reach with their reference counts, the events since the
previous step (calls, returns, exceptions, collections, objects dying) and
the output so far. Everything is in the returned HTML: the trace as JSON
and a short script, no file or network needed.

The heap of a step is stored as a change from the previous step's
(``heap`` and ``heap_gone``); the script rebuilds each step's heap by
replaying the changes from the first step, as any reader of the format does.
"""

import json

# Events shown in the "what happened since the previous step" list.
_NOTABLE = {"call", "resume", "return", "yield", "exception", "handled", "unwind", "import",
            "thread_switch", "gc", "death", "unreachable"}


def first_steps(trace: dict, steps: int) -> dict:
    """The trace cut after its first ``steps`` steps (and the events up to the next one)."""
    kept = []
    for event in trace["events"]:
        if event.get("step", 0) > steps:
            break
        kept.append(event)
    return {**trace, "events": kept}


def stepper_data(trace: dict) -> dict:
    """What the script needs: the steps, the events between them, the output, the sources."""
    steps, between, output = [], [], []
    waiting = []
    for event in trace["events"]:
        kind = event["event"]
        if "step" in event:
            steps.append({"file": event.get("file"), "line": event.get("line"),
                          "function": event.get("function"), "opname": event.get("opname"),
                          "argrepr": event.get("argrepr"), "state": event.get("state") or {},
                          "output": len(output)})
            between.append(waiting)
            waiting = []
        elif kind == "output":
            output.append([event["stream"], event["text"]])
        elif kind in _NOTABLE:
            waiting.append(describe(event))
    return {"steps": steps, "between": between, "after": waiting, "output": output,
            "sources": trace.get("sources", {})}


def describe(event: dict) -> str:
    """One event as a short sentence."""
    kind = event["event"]
    function = event.get("function")
    if kind == "call":
        arguments = ", ".join(f"{name}={value}" for name, value in event.get("arguments", {}).items())
        return f"call {function}({arguments})"
    if kind in ("return", "yield"):
        return f"{function} {'returns' if kind == 'return' else 'yields'} {event.get('value')}"
    if kind == "resume":
        return f"{function} resumes ({event.get('how', '')})"
    if kind == "exception":
        return f"{event['type']} raised in {function}: {event.get('message', '')}"
    if kind == "handled":
        return f"{event['type']} caught in {function}"
    if kind == "unwind":
        return f"{event['type']} leaves {function}"
    if kind == "import":
        return f"import {event['name']}"
    if kind == "thread_switch":
        return f"the GIL passes from {event['from']} to {event['to']} ({event['reason']})"
    if kind == "gc":
        return (f"garbage collection of generation {event['generation']}: "
                f"{event['collected']} unreachable objects freed")
    if kind == "death":
        return f"{event['type']} {event['repr']} freed by {event['cause']}"
    if kind == "unreachable":
        return f"{event['count']} objects now unreachable: only the cycle collector can free them"
    return kind


def _json_for_script(data) -> str:
    """JSON that can sit inside a <script> element: no '<' can end it early."""
    return json.dumps(data, separators=(",", ":")).replace("<", "\\u003c")


STYLE = """
.stepper { border: 1px solid #ccc; padding: .6rem; font-size: .85rem; }
.stepper .controls { margin-bottom: .5rem; display: flex; gap: .4rem; align-items: center; }
.stepper .controls input[type=range] { flex: 1; }
.stepper .panes { display: grid; grid-template-columns: 1.2fr 1fr 1.2fr; gap: .8rem; }
.stepper pre { margin: 0; font-family: ui-monospace, Menlo, Consolas, monospace; }
.stepper .source div { white-space: pre; font-family: ui-monospace, Menlo, Consolas, monospace; }
.stepper .source .now { background: #fff3a8; }
.stepper .source .number { color: #999; display: inline-block; width: 2.5em; text-align: right;
                           margin-right: .6em; }
.stepper .frame, .stepper .object { border: 1px solid #bbb; margin-bottom: .4rem; padding: .3rem;
                                    background: #fafafa; }
.stepper .frame.top { border-color: #333; background: #f1f6ff; }
.stepper .object.lit { outline: 2px solid #e58e00; }
.stepper table { border-collapse: collapse; }
.stepper td { padding: 0 .4em; vertical-align: top; font-family: ui-monospace, Menlo, monospace; }
.stepper .ref { color: #0b57d0; cursor: pointer; }
.stepper .dim { color: #888; }
.stepper .events li { margin: 0; }
.stepper .output { background: #222; color: #eee; padding: .4rem; min-height: 1.2em; }
.stepper .output .stderr { color: #ff8a80; }
"""

SCRIPT = r"""
(function () {
  const data = JSON.parse(document.getElementById("stepper-data").textContent);
  const root = document.getElementById("stepper");
  const steps = data.steps;
  if (!steps.length) { root.textContent = "The program ran no line of its own."; return; }

  // The heap at each step: the previous step's, changed as the step says.
  const heaps = [];
  let heap = {};
  for (const step of steps) {
    heap = Object.assign({}, heap, step.state.heap || {});
    for (const gone of step.state.heap_gone || []) delete heap[gone];
    heaps.push(heap);
  }

  const element = (tag, cls, text) => {
    const made = document.createElement(tag);
    if (cls) made.className = cls;
    if (text !== undefined) made.textContent = text;
    return made;
  };

  // A value as Python would write it; a reference links to its heap object.
  function value(encoded, heap) {
    if (encoded === null) return element("span", "", "None");
    if (encoded === true) return element("span", "", "True");
    if (encoded === false) return element("span", "", "False");
    if (typeof encoded === "number") return element("span", "", String(encoded));
    if (typeof encoded === "string") return element("span", "", "'" + encoded + "'");
    if (encoded[0] === "REF") {
      const target = heap[encoded[1]];
      const link = element("span", "ref", target ? target.repr : "#" + encoded[1]);
      link.title = "object id " + encoded[1];
      link.onclick = () => light(encoded[1]);
      return link;
    }
    if (encoded[0] === "NULL") return element("span", "dim", "NULL");
    if (encoded[0] === "UNBOUND") return element("span", "dim", "(not assigned yet)");
    return element("span", "dim", JSON.stringify(encoded));
  }

  function light(id) {
    for (const box of root.querySelectorAll(".object")) box.classList.toggle("lit", box.dataset.id == id);
  }

  function sourcePane(step, previous) {
    const pane = element("div", "source");
    const text = data.sources[step.file] || "";
    pane.appendChild(element("div", "dim", step.file || ""));
    text.split("\n").forEach((line, index) => {
      const row = element("div", index + 1 === step.line ? "now" : "");
      row.appendChild(element("span", "number", String(index + 1)));
      row.appendChild(document.createTextNode(line));
      pane.appendChild(row);
    });
    if (step.opname) pane.appendChild(element("div", "", "instruction: " + step.opname + " " + (step.argrepr || "")));
    return pane;
  }

  function framesPane(step, heap) {
    const pane = element("div", "frames");
    pane.appendChild(element("b", "", "Frames (the stack)"));
    const frames = step.state.frames || [];
    frames.slice().reverse().forEach((frame, index) => {
      const box = element("div", index === 0 ? "frame top" : "frame");
      box.appendChild(element("div", "", frame.function + "  line " + frame.line +
                                         (frame.thread !== "MainThread" ? "  (" + frame.thread + ")" : "")));
      const table = element("table");
      for (const [name, kind, encoded] of frame.locals) {
        const row = element("tr");
        row.appendChild(element("td", "", name));
        row.appendChild(element("td", "dim", kind === "local" ? "" : kind));
        const cell = element("td");
        cell.appendChild(value(encoded, heap));
        row.appendChild(cell);
        table.appendChild(row);
      }
      box.appendChild(table);
      const stack = element("div", "dim", "value stack: ");
      if (!frame.stack.length) stack.appendChild(document.createTextNode("(empty)"));
      frame.stack.forEach((encoded, position) => {
        if (position) stack.appendChild(document.createTextNode(", "));
        stack.appendChild(value(encoded, heap));
      });
      box.appendChild(stack);
      pane.appendChild(box);
    });
    return pane;
  }

  function heapPane(heap) {
    const pane = element("div", "heap");
    pane.appendChild(element("b", "", "Objects (the heap)"));
    for (const [id, object] of Object.entries(heap)) {
      const box = element("div", "object");
      box.dataset.id = id;
      const count = object.immortal ? "immortal" : "refcount " + object.refcount;
      box.appendChild(element("div", "dim", object.type + "  id " + id + "  " + count + "  " + object.size + " bytes"));
      const content = object.value;
      const body = element("div");
      if (["LIST", "TUPLE", "SET", "CELL"].includes(content[0])) {
        body.appendChild(document.createTextNode(content[0] === "LIST" ? "[" : content[0] === "TUPLE" ? "(" : "{"));
        content.slice(1).forEach((item, position) => {
          if (position) body.appendChild(document.createTextNode(", "));
          body.appendChild(value(item, heap));
        });
        body.appendChild(document.createTextNode(content[0] === "LIST" ? "]" : content[0] === "TUPLE" ? ")" : "}"));
      } else if (content[0] === "DICT" || content[0] === "INSTANCE") {
        const pairs = content[0] === "DICT" ? content.slice(1) : content.slice(2);
        const table = element("table");
        for (const [key, item] of pairs) {
          const row = element("tr");
          const left = element("td");
          left.appendChild(content[0] === "DICT" ? value(key, heap) : document.createTextNode(key));
          const right = element("td");
          right.appendChild(value(item, heap));
          row.append(left, right);
          table.appendChild(row);
        }
        body.appendChild(table);
      } else {
        body.textContent = object.repr;
      }
      box.appendChild(body);
      pane.appendChild(box);
    }
    return pane;
  }

  let current = 0;
  const slider = root.querySelector("input[type=range]");
  const label = root.querySelector(".position");
  const view = root.querySelector(".view");
  slider.max = steps.length - 1;

  function show(index) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    slider.value = current;
    label.textContent = "step " + (current + 1) + " of " + steps.length;
    const step = steps[current];
    const heap = heaps[current];
    view.replaceChildren();
    const panes = element("div", "panes");
    panes.append(sourcePane(step), framesPane(step, heap), heapPane(heap));
    view.appendChild(panes);
    const happened = data.between[current];
    if (happened.length) {
      const list = element("ul", "events");
      for (const text of happened) list.appendChild(element("li", "", text));
      view.appendChild(element("b", "", "Since the previous step"));
      view.appendChild(list);
    }
    const last = current === steps.length - 1;
    if (last && data.after.length) {
      const list = element("ul", "events");
      for (const text of data.after) list.appendChild(element("li", "", text));
      view.appendChild(element("b", "", "After the last step"));
      view.appendChild(list);
    }
    view.appendChild(element("b", "", last ? "Output at the end" : "Output so far"));
    const output = element("pre", "output");
    for (const [stream, text] of data.output.slice(0, last ? data.output.length : step.output)) {
      output.appendChild(element("span", stream, text));
    }
    view.appendChild(output);
  }

  root.querySelector(".first").onclick = () => show(0);
  root.querySelector(".back").onclick = () => show(current - 1);
  root.querySelector(".forward").onclick = () => show(current + 1);
  root.querySelector(".last").onclick = () => show(steps.length - 1);
  slider.oninput = () => show(Number(slider.value));
  root.tabIndex = 0;
  root.onkeydown = (key) => {
    if (key.key === "ArrowRight") show(current + 1);
    if (key.key === "ArrowLeft") show(current - 1);
  };
  show(0);
})();
"""


def stepper_html(trace: dict) -> str:
    """The stepper for ``trace``: one block of HTML with its data, style and script inside."""
    data = stepper_data(trace)
    return (f"<style>{STYLE}</style>\n"
            f'<div class="stepper" id="stepper">\n'
            f'<div class="controls"><button class="first">⏮</button><button class="back">◀</button>'
            f'<span class="position"></span><button class="forward">▶</button>'
            f'<button class="last">⏭</button><input type="range" min="0" value="0"></div>\n'
            f'<div class="view"></div>\n</div>\n'
            f'<script type="application/json" id="stepper-data">{_json_for_script(data)}</script>\n'
            f"<script>{SCRIPT}</script>\n")
