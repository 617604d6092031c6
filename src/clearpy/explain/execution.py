"""The execution step of the journey: the program runs in clearpy's VM, watched.

The program runs once, under the tracer, at line level: ``clearpy trace
--json`` in a child process (so that nothing the program does, such as
``os._exit`` or reading its input, can disturb ``clearpy explain`` itself).
This step reads the trace file back and sums up what happened: how many
lines and instructions ran, the calls, the exceptions, the imports, the
objects the program created and how each one died (reference counting, or
the cycle collector), the collections, the threads and the GIL, and what
the program printed. ``clearpy trace FILE`` shows the same run step by step;
``clearpy explain FILE --html OUT`` adds a stepper through it (``html()``).

The run is a ``journey.result("execution", ...)``: it happens once per journey.
"""

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field

from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from clearpy.tracing.trace_format import read_trace, read_unfinished_trace

TITLE = "Execution"

EXPLANATION = (
    "clearpy's virtual machine runs the bytecode, instruction by instruction. Each call gets a "
    "frame holding its variables and a value stack; the values themselves are objects on the "
    "heap, each with a reference count. When a count drops to zero the object is freed at once; "
    "objects that only hold each other in a cycle wait for the cycle collector. Below: what this "
    "run did. 'clearpy trace FILE' shows it step by step."
)

# A program that runs longer than this many lines is stopped: explain is for looking.
MAX_STEPS = 5000
# Steps the HTML page keeps for its stepper (the first ones).
STEPPER_STEPS = 400
# A program that runs longer than this (in seconds) is stopped too.
TIMEOUT = 300


@dataclass
class Execution:
    """What one traced run of the program did."""

    exit_status: int | None = None
    output: str = ""
    errors: str = ""
    summary: dict = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)    # events by kind
    exceptions: Counter = field(default_factory=Counter)
    imports: list = field(default_factory=list)
    deaths: Counter = field(default_factory=Counter)    # (type, cause) -> how many
    collections: list = field(default_factory=list)
    unreachable: list = field(default_factory=list)     # cycles found while it ran
    switches: int = 0
    threads: set = field(default_factory=set)
    trace: dict | None = None     # the trace file (format of clearpy trace --json)
    problem: str | None = None    # why it could not run

    def read(self, trace: dict) -> None:
        """Sum up the events of a trace."""
        self.trace = trace
        for event in trace["events"]:
            kind = event["event"]
            self.counts[kind] += 1
            if "frame" in event:
                self.threads.add(event["thread"])
            if kind == "exception" and not event.get("cleared"):
                self.exceptions[event["type"]] += 1
            elif kind == "import":
                self.imports.append((event["name"], len(event["loaded"])))
            elif kind == "death":
                self.deaths[(event["type"], event["cause"])] += 1
            elif kind == "gc":
                self.collections.append(event)
            elif kind == "unreachable":
                self.unreachable.extend(event["cycles"])
            elif kind == "thread_switch":
                self.switches += 1
            elif kind == "output":
                if event["stream"] == "stdout":
                    self.output += event["text"]
                else:
                    self.errors += event["text"]
            elif kind == "end":
                self.summary = event


def trace_in_child(filename: str, max_steps: int = MAX_STEPS, timeout: float = TIMEOUT
                   ) -> tuple[int, dict]:
    """Run ``clearpy trace --json`` on the program in a child process; its
    exit status and the trace it wrote."""
    with tempfile.TemporaryDirectory(prefix="clearpy-explain-") as directory:
        out = os.path.join(directory, "trace.json")
        completed = subprocess.run(
            [sys.executable, "-m", "clearpy", "trace", "--quiet", "--max-steps", str(max_steps),
             "--json", out, os.path.abspath(filename)],
            cwd=os.path.dirname(os.path.abspath(filename)), stdin=subprocess.DEVNULL,
            capture_output=True, timeout=timeout)
        if not os.path.exists(out) or completed.returncode == 70:
            raise ValueError(completed.stderr.decode(errors="replace").strip()
                             or f"clearpy trace ended with status {completed.returncode}")
        try:
            return completed.returncode, read_trace(out)
        except json.JSONDecodeError:
            # The program ended the process itself (os._exit): the trace stops there.
            return completed.returncode, read_unfinished_trace(out)


def run_program(journey) -> Execution:
    """Run the journey's program under the tracer (once per journey)."""
    def compute():
        execution = Execution()
        try:
            status, trace = trace_in_child(journey.filename)
        except subprocess.TimeoutExpired:
            execution.problem = f"it ran for more than {TIMEOUT} seconds"
            return execution
        except (OSError, ValueError) as error:
            execution.problem = str(error)
            return execution
        execution.exit_status = status
        execution.read(trace)
        return execution
    return journey.result("execution", compute)


def show(journey, console) -> None:
    console.print(EXPLANATION)
    execution = run_program(journey)
    if execution.problem:
        console.print(Text(f"The program could not run: {execution.problem}", style="red"))
        return
    if execution.trace is not None and execution.trace.get("finished") is False:
        console.print(Text("The program ended the process itself (os._exit): the trace stops "
                           "where it was last written.", style="yellow"))
    console.print(summary_table(execution))
    if execution.unreachable:
        console.print(Text("Cycles that only the cycle collector could free:", style="bold"))
        for cycle in execution.unreachable[:5]:
            console.print("  " + " → ".join(cycle) + " → (back)")
    console.print(Panel(execution.output.rstrip("\n") or Text("(nothing)", style="dim"),
                        title="what the program printed", title_align="left"))
    if execution.errors:
        console.print(Panel(Text(execution.errors.rstrip("\n"), style="red"), title="on stderr", title_align="left"))


def summary_table(execution: Execution) -> Table:
    summary = execution.summary
    counts = execution.counts
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    stopped = " (stopped: explain runs at most {:,} lines)".format(MAX_STEPS) \
        if summary.get("stopped_at_max_steps") else ""
    table.add_row("lines run", f"{summary.get('steps', 0):,}{stopped}")
    table.add_row("instructions run", f"{summary.get('instructions', 0):,} (in the program's own code)")
    table.add_row("calls", f"{summary.get('calls', 0):,} (function frames made)")
    if execution.exceptions:
        raised = ", ".join(f"{name} ×{count}" for name, count in execution.exceptions.most_common(5))
        table.add_row("exceptions", f"{raised}; caught {counts['handled']}, "
                                    f"left a frame {counts['unwind']} times")
    if execution.imports:
        table.add_row("imports", ", ".join(f"{name} (+{loaded} modules)" if loaded else name
                                           for name, loaded in execution.imports[:8]))
    table.add_row("objects created", f"{summary.get('objects_created', 0):,} "
                                     f"({summary.get('objects_watched', 0):,} followed to their end: "
                                     f"{summary.get('objects_freed_by_refcount', 0):,} freed by "
                                     f"reference counting, "
                                     f"{summary.get('objects_freed_by_collector', 0):,} by the cycle "
                                     f"collector, {summary.get('objects_alive_at_end', 0):,} "
                                     f"still alive)")
    if execution.deaths:
        kinds = ", ".join(f"{count} {name} ({cause})"
                          for (name, cause), count in execution.deaths.most_common(4))
        table.add_row("most freed", kinds)
    found = sum(collection["collected"] for collection in execution.collections)
    table.add_row("garbage collections", f"{len(execution.collections):,} (they found {found:,} "
                                         f"unreachable objects; clearpy's own objects count too)")
    gc_state = summary.get("gc") or {}
    if gc_state:
        counts_text = ", ".join(f"gen{number} {count}/{threshold}" for number, (count, threshold)
                                in enumerate(zip(gc_state["counts"], gc_state["thresholds"])))
        table.add_row("collector at the end", counts_text)
    if len(execution.threads) > 1:
        table.add_row("threads", f"{len(execution.threads)} ({', '.join(sorted(execution.threads))}); "
                                 f"the GIL changed hands {execution.switches:,} times")
    table.add_row("exit status", str(execution.exit_status))
    return table


def html(journey) -> str:
    """The step as HTML: the summary, and a stepper through the first steps."""
    from clearpy.explain.html import console_html, escape
    from clearpy.tracing.stepper import first_steps, stepper_html

    execution = run_program(journey)
    parts = [console_html(lambda console: show(journey, console))]
    if execution.trace is not None:
        parts.append("<h3>Step through the run</h3>")
        parts.append(stepper_html(first_steps(execution.trace, STEPPER_STEPS)))
    elif execution.problem:
        parts.append(f"<p>{escape(execution.problem)}</p>")
    return "\n".join(parts)
