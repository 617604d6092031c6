"""Watching a program's garbage cycles appear, line by line.

``CycleWatch`` is a sink for clearpy's tracer (``clearpy.tracing``): before
each line of the program runs, it asks clearpy's copy of the cycle
collector's algorithm (``cycles.find_unreachable``) which objects of the
whole heap are unreachable right now, exactly the question ``gc.collect()``
answers, and reports those that were not garbage before the previous line:

    ⚠ before line 18 in <module>: 4 objects became unreachable; only the cycle collector can free them
        cycle 1: list at …8b80 ─[0]→ Person at …be90 ─.friends→ list at …8940 ─[0]→ Person at …e7b0 ─.friends→ back to list at …8b80

When the collector then runs, it shows what CPython's collector freed next to
what clearpy's algorithm, run at the very start of that collection on the
same objects, said it would find (``collector.CollectorWatcher``'s
prediction). ``clearpy cycles`` prints this; ``tests/memory`` checks that the
numbers are the same, and the same as CPython running the program alone.

Asking costs time: the whole heap (tens of thousands of objects, clearpy's
own and the standard library's included) is examined at every line.
"""

import sys
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from clearpy.memory.attributes import names_in_source
from clearpy.memory.cycles import UnreachableReport, find_unreachable

# The tracer's event kinds this sink looks at (clearpy.tracing.events).
LINE, GC, OUTPUT, END = "line", "gc", "output", "end"


@dataclass
class Appearance:
    """Objects that became unreachable just before a line ran."""

    line: int | None
    function: str | None
    report: UnreachableReport     # the whole report at that moment
    new: set                      # ids of the objects that became unreachable since the last line


@dataclass
class CollectionSeen:
    generation: int
    collected: int                # what CPython's collector freed
    predicted: int | None         # what clearpy's algorithm found at its start


class CycleWatch:
    """A tracer sink that finds the unreachable objects before each line."""

    wants_state = False

    def __init__(self, file=None, color: bool | None = None):
        self.console = Console(file=file or sys.stdout, highlight=False, soft_wrap=True,
                               force_terminal=color, no_color=color is False,
                               width=10_000 if color is False else None)
        self.unreachable = set()      # ids unreachable at the last check
        self.appearances: list[Appearance] = []
        self.collections: list[CollectionSeen] = []

    # -- the sink protocol ---------------------------------------------------------------

    def event(self, event) -> None:
        kind = event.kind
        if kind == LINE or kind == END:
            if event.filename is not None:
                names_in_source(event.filename)     # names for the attributes it shows
            self.check(event.line, event.function)
        if kind == GC:
            self._collection(event.details)
        elif kind == OUTPUT:
            stream = event.details["stream"]
            self.console.print(Text(f"  ⇒ {stream}: {event.details['text']!r}",
                                    style="bold" if stream == "stdout" else "bold red"))
        elif kind == END:
            self._end(event.details)

    def instruction_done(self, event) -> None:
        pass

    def close(self) -> None:
        pass

    # -- asking -------------------------------------------------------------------------

    def check(self, line: int | None, function: str | None) -> UnreachableReport:
        """Which objects are unreachable now; report the new ones."""
        report = find_unreachable()
        found = report.ids()
        new = found - self.unreachable
        self.unreachable = found
        if new:
            appearance = Appearance(line, function, report, new)
            self.appearances.append(appearance)
            self._show(appearance)
        return report

    # -- showing ------------------------------------------------------------------------

    def _show(self, appearance: Appearance) -> None:
        report, new = appearance.report, appearance.new
        where = "once the program ended and its module was released" if appearance.line is None \
            else f"before line {appearance.line} in {appearance.function}"
        count = len(new)
        self.console.print(Text(
            f"⚠ {where}: {count} object{'s' if count != 1 else ''} became unreachable; "
            f"only the cycle collector can free {'them' if count != 1 else 'it'}", style="yellow"))
        by_id = {item.id: item for item in report.objects}
        number = 0
        for cycle in report.cycles:
            if not new & set(cycle):
                continue
            number += 1
            for position, text in enumerate(draw_cycle(cycle, by_id)):
                self.console.print(Text(f"    cycle {number}: {text}" if position == 0 else
                                        f"      {text}", style="yellow"))
        held = [item for item in report.objects if item.id in new and item.cycle is None]
        if held:
            names = ", ".join(_name(item) for item in held[:8])
            more = f" and {len(held) - 8} more" if len(held) > 8 else ""
            self.console.print(Text(f"    held only by a cycle: {names}{more}", style="yellow"))
        finalizers = [item for item in report.objects if item.id in new and item.has_finalizer]
        if finalizers:
            self.console.print(Text(
                "    with a finalizer (__del__), run by the collector before freeing: "
                + ", ".join(_name(item) for item in finalizers[:8]), style="yellow"))

    def _collection(self, details: dict) -> None:
        predicted = details.get("predicted")
        seen = CollectionSeen(details["generation"], details["collected"],
                              predicted["unreachable"] if predicted is not None else None)
        self.collections.append(seen)
        if not seen.collected and not seen.predicted:
            return      # most collections find nothing
        text = (f"♻ the cycle collector ran on generation {seen.generation} "
                f"(and the younger ones): it freed {seen.collected} object"
                f"{'s' if seen.collected != 1 else ''}")
        if seen.predicted is not None:
            mark = "✓" if seen.predicted == seen.collected else "✗"
            text += f"; clearpy's algorithm, at its start, found {seen.predicted} unreachable {mark}"
        self.console.print(Text(text, style="magenta"))

    def _end(self, details: dict) -> None:
        found = sum(len(appearance.new) for appearance in self.appearances)
        self.console.print(Text(
            f"end of program (exit status {details.get('exit_status')}): "
            f"{found} object{'s' if found != 1 else ''} became unreachable garbage along the way, "
            f"{len(self.unreachable)} still waiting for the collector", style="bold"))


def draw_cycle(cycle: list, by_id: dict) -> list:
    """A cycle as text: a ring ``A ─.x→ B ─[0]→ back to A`` when each member
    refers to exactly one other, else one line per reference."""
    members = set(cycle)
    inside = {key: [target for target in by_id[key].referents if target in members]
              for key in cycle}
    if all(len(targets) == 1 for targets in inside.values()):
        start = cycle[0]
        ring = [start]
        current = inside[start][0]
        while current != start and current not in ring:
            ring.append(current)
            current = inside[current][0]
        if current == start and len(ring) == len(cycle):
            parts = []
            for position, key in enumerate(ring):
                following = ring[(position + 1) % len(ring)]
                parts.append(f"{_name(by_id[key])} ─{by_id[key].labels.get(following, '')}→ ")
            if len(ring) == 1:
                return [parts[0] + "itself"]
            return ["".join(parts) + f"back to {_name(by_id[start])}"]
    lines = [f"{len(cycle)} objects that can all reach each other:"]
    for key in cycle:
        item = by_id[key]
        for target in inside[key]:
            lines.append(f"{_name(item)} ─{item.labels.get(target, '')}→ {_name(by_id[target])}")
    return lines


def _name(item) -> str:
    """A short name for an unreachable object: its value when short, else its
    type and the end of its address."""
    if item.repr.startswith("<") or len(item.repr) > 24:
        return f"{item.type_name} at …{item.id & 0xFFFF:04x}"
    return f"{item.type_name} {item.repr}"
