"""Progress of a long trace written to a file: steps, events, megabytes, speed."""

import sys
import time

from rich.console import Console
from rich.live import Live
from rich.text import Text


class TraceProgress:
    """A sink that only shows how far the trace has gone (on stderr)."""

    wants_state = False

    def __init__(self, writer, every: float = 0.25, total: int | None = None):
        self.writer = writer
        self.total = total          # the step limit (--max-steps), if there is one
        self.every = every
        self.started = time.perf_counter()
        self.last = 0.0
        self.live = Live(self._text(), console=Console(file=sys.stderr), transient=True,
                         auto_refresh=False)
        self.live.start()

    def _text(self) -> Text:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        writer = self.writer
        steps = f"{writer.steps:,} steps"
        if self.total:
            done = min(writer.steps / self.total, 1.0)
            filled = int(done * 30)
            steps = f"[{'━' * filled}{' ' * (30 - filled)}] {steps} of {self.total:,} ({done:.0%})"
        return Text(f"tracing: {steps}, {writer.events:,} events, "
                    f"{writer.bytes / 1e6:,.1f} MB, {writer.steps / elapsed:,.0f} steps/s",
                    style="cyan")

    def event(self, event) -> None:
        now = time.perf_counter()
        if now - self.last >= self.every:
            self.last = now
            self.live.update(self._text(), refresh=True)

    def instruction_done(self, event) -> None:
        pass

    def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
