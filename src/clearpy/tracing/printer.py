"""The readable trace that ``clearpy trace`` prints.

At line level, one line per source line run, indented by call depth, with
calls, returns, exceptions and everything else in between::

    → call f(x=2)
       2 │     y = x + 1
       3 │     return y
    ← return 3 from f

At instruction level, each line is followed by its instructions, each with
the value stack before and after it (``NULL`` is the empty marker
``PUSH_NULL`` leaves under a function to call)::

       2 │     y = x + 1
           4 LOAD_FAST        x         [] → [2]
           6 LOAD_CONST       1         [2] → [2, 1]
           8 BINARY_OP        +         [2, 1] → [3]

An instruction that calls an interpreted function is printed when it
starts; what the callee does comes next, indented; and the stack after the
call is printed on a line of its own when the callee has returned.
"""

import linecache
import sys

from rich.console import Console
from rich.text import Text

from clearpy.tracing import events as ev


class Printer:
    """A sink that prints events as they come."""

    wants_state = False

    def __init__(self, file=None, color: bool | None = None, show_source_of=None):
        self.console = Console(file=file or sys.stdout, highlight=False, soft_wrap=True,
                               force_terminal=color, no_color=color is False,
                               width=10_000 if color is False else None)
        self.depth = {}          # frame key -> depth of calls (for indentation)
        self.stack = []          # frame keys, bottom first, all threads together
        self.pending = None      # an instruction event printed as soon as it ends
        self.threads = set()
        self.show_thread = False
        self.switch = None       # the last thread switch not shown yet
        self.shown_holder = None  # the thread the trace last showed running

    # -- the sink protocol --------------------------------------------------------------------

    def event(self, event) -> None:
        self._flush_pending()
        kind = event.kind
        if kind is ev.THREAD_SWITCH:
            # Shown when the new holder does something the trace shows: the GIL
            # changes hands very often inside the library code a trace leaves out.
            self.switch = event
            return
        if event.frame is not None:
            if event.thread not in self.threads:
                self.threads.add(event.thread)
                self.show_thread = len(self.threads) > 1
            if self.switch is not None and event.thread != self.shown_holder:
                self._show_switch(event.thread)
        if kind is ev.INSTRUCTION:
            self.pending = event
            return
        handler = getattr(self, f"_{kind}", None)
        if handler is not None:
            handler(event)

    def instruction_done(self, event) -> None:
        if self.pending is event:
            self.pending = None
            self._instruction(event, complete=True)
        else:
            self._flush_pending()
            after = event.details.get("stack_after")
            if after is not None:
                self._print(event, Text.assemble(("      " + " " * 6, ""), (f"{event.details['opname']} done", "dim"),
                                                 ("  → ", "dim"), (_stack(after), "cyan")))

    def close(self) -> None:
        self._flush_pending()

    # -- each kind ----------------------------------------------------------------------------

    def _indent(self, key) -> str:
        return "  " * max(self.depth.get(key, 1) - 1, 0)

    def _print(self, event, text: Text, key=None) -> None:
        prefix = Text(self._indent(event.frame if key is None else key))
        if self.show_thread:
            prefix = Text.assemble((f"[{event.thread}] ", "magenta"), prefix)
        self.console.print(Text.assemble(prefix, text))

    def _flush_pending(self) -> None:
        pending = self.pending
        if pending is not None:
            self.pending = None
            self._instruction(pending, complete=False)

    def _start(self, event) -> None:
        details = event.details
        self.console.print(Text(f"clearpy trace of {details.get('program', '?')}  "
                                f"(level: {details.get('level', 'line')})", style="bold"))

    def _end(self, event) -> None:
        details = event.details
        parts = [f"{details['steps']} steps", f"{details['calls']} calls",
                 f"{details['objects_created']} objects created"]
        if details.get("stopped_at_max_steps"):
            parts.append("stopped at --max-steps")
        status = details.get("exit_status")
        text = "end of program" + (f" (exit status {status})" if status is not None else "")
        self.console.print(Text(f"{text}: " + ", ".join(parts), style="bold"))

    def _call(self, event) -> None:
        self.stack.append(event.frame)
        self.depth[event.frame] = sum(1 for _ in self.stack)
        arguments = ", ".join(f"{name}={value}" for name, value in event.details["arguments"].items())
        self._print(event, Text.assemble(("→ call ", "green"), (f"{event.function}({arguments})", "bold green")))

    def _resume(self, event) -> None:
        self.stack.append(event.frame)
        self.depth[event.frame] = len(self.stack)
        self._print(event, Text.assemble(("→ resume ", "green"), (event.function, "bold green"),
                                         (f"  ({event.details['how']})", "dim")))

    def _leave(self, key) -> None:
        if key in self.stack:
            del self.stack[self.stack.index(key):]

    def _return(self, event) -> None:
        self._print(event, Text.assemble(("← return ", "green"), (event.details["value"], "cyan"),
                                         (f" from {event.function}", "green")))
        self._leave(event.frame)

    def _yield(self, event) -> None:
        self._print(event, Text.assemble(("← yield ", "green"), (event.details["value"], "cyan"),
                                         (f" from {event.function}", "green")))
        self._leave(event.frame)

    def _line(self, event) -> None:
        source = linecache.getline(event.filename or "", event.line or 0).rstrip()
        self._print(event, Text.assemble((f"{event.line:>5} │ ", "dim"), (source, "")))

    def _instruction(self, event, complete: bool) -> None:
        details = event.details
        text = Text.assemble((f"      {event.offset:>5} ", "dim"), (f"{details['opname']:<20}", "yellow"),
                             (f" {details['argrepr']:<16}", ""), ("  " + _stack(details["stack_before"]), "cyan"))
        if complete:
            if "raised" in details:
                text.append(f"  ✗ raised {details['raised']}", style="red")
            else:
                text.append("  →  ", style="dim")
                text.append(_stack(details.get("stack_after", [])), style="cyan")
        else:
            text.append("  → …", style="dim")
        self._print(event, text)

    def _exception(self, event) -> None:
        details = event.details
        verb = "re-raised" if details.get("reraise") else "raised"
        message = f": {details['message']}" if details.get("message") else ""
        self._print(event, Text(f"  ! {details['type']}{message} {verb} {_where(event)}",
                                style="red"))

    def _handled(self, event) -> None:
        self._print(event, Text(f"  ✓ {event.details['type']} caught by the handler "
                                f"{_where(event)}", style="red"))

    def _unwind(self, event) -> None:
        self._print(event, Text(f"← {event.details['type']} leaves {event.function}", style="red"))
        self._leave(event.frame)

    def _import(self, event) -> None:
        loaded = event.details["loaded"]
        more = f" (loaded {len(loaded)} module{'s' if len(loaded) != 1 else ''}: " \
               f"{', '.join(loaded[:6])}{', …' if len(loaded) > 6 else ''})" if loaded else " (already loaded)"
        self._print(event, Text(f"  ⇢ import {event.details['name']}{more}", style="blue"))

    def _show_switch(self, thread: str) -> None:
        reason = self.switch.details["reason"]
        previous = self.shown_holder
        self.shown_holder = thread
        if previous is None:
            return
        self.console.print(Text(f"⇄ the GIL passes from {previous} to {thread} (last: {reason})",
                                style="magenta"))

    def _gc(self, event) -> None:
        details = event.details
        predicted = details.get("predicted") or {}
        if not details["collected"] and not details["uncollectable"] and not predicted.get("unreachable"):
            # Most collections find nothing (and are triggered by clearpy's own
            # allocations as much as by the program's): the trace file has them all.
            return
        text = (f"♻ garbage collection of generation {details['generation']}: "
                f"{details['collected']} unreachable object{'s' if details['collected'] != 1 else ''} freed")
        predicted = details.get("predicted")
        if predicted is not None:
            text += f" (clearpy predicted {predicted['unreachable']} among {predicted['examined']})"
        self.console.print(Text(text, style="magenta"))

    def _death(self, event) -> None:
        details = event.details
        self.console.print(Text(f"  † {details['type']} {details['repr']} freed by {details['cause']}",
                                style="dim magenta"))

    def _unreachable(self, event) -> None:
        details = event.details
        count = details["count"]
        self.console.print(Text(
            f"  ⚠ {count} object{'s' if count != 1 else ''} of the program became unreachable "
            f"but stay alive: only the cycle collector can free {'them' if count != 1 else 'it'}",
            style="yellow"))
        for cycle in details["cycles"]:
            self.console.print(Text("      cycle: " + " → ".join(cycle) + " → (back to the first)",
                                    style="yellow"))

    def _output(self, event) -> None:
        stream = event.details["stream"]
        self.console.print(Text(f"  ⇒ {stream}: {event.details['text']!r}",
                                style="bold" if stream == "stdout" else "bold red"))


def _stack(values: list) -> str:
    return "[" + ", ".join(values) + "]"


def _where(event) -> str:
    if event.line is None:
        return f"at offset {event.offset}"
    return f"at line {event.line} (offset {event.offset})"
