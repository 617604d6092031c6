"""The differential test programs: small programs run by python3.12 and by ``clearpy run``.

``tests/programs/<topic>/<name>.py`` are short, complete programs, each
about one corner of the language or of the VM's world (argument binding,
generators, tracebacks, imports ...). A program passes when ``clearpy run``
gives exactly what ``python3.12`` gives: the same stdout, the same stderr
(tracebacks included, caret lines and all) and the same exit status. The
expected output is never stored: CPython is run each time.

How a program is run can be changed by comment lines at its top:

    # test-args: one "two words"      arguments after the program
    # test-invoke: -m {module}        run as a module (``{module}`` is the file's stem)
    # test-invoke: -c {source}        run the file's text with -c
    # test-env: NAME=value            an extra environment variable
    # test-timeout: 300               seconds before the run is stopped (default 120)

and a file ``<name>.stdin`` next to the program is fed to its stdin (otherwise
stdin is empty). Programs run with their own directory as the working
directory. Files in subdirectories of a topic (packages to import, data) are
not programs.

``pytest tests/programs`` runs them all; ``clearpy conformance vm-programs``
runs them (or some) as a sweep with a progress bar and a report listing the
first difference of each failing program. Programs known to fail are listed
in ``known_failures/programs.toml``.
"""

import argparse
import difflib
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from clearpy import differential

PROGRAMS = Path(__file__).resolve().parents[3] / "tests" / "programs"
KNOWN_FAILURES = "programs"  # known_failures/programs.toml
KNOWN_FAILURES_HEADER = """
Differential test programs (tests/programs/) that 'clearpy run' does not yet run
exactly as python3.12 does. Each case is a program, relative to tests/programs/;
tests/programs/test_programs.py reports them as strict xfails, so a program that
starts passing fails the suite until its entry is removed. Regenerate with
'clearpy conformance vm-programs --update-known-failures' (reasons already
written by hand are kept), then improve the new reasons by hand.
"""
DEFAULT_TIMEOUT = 120.0  # seconds; only a hang should come near it
_DIRECTIVE = "# test-"


@dataclass(frozen=True)
class Program:
    """One test program and how to run it."""

    path: Path
    invoke: tuple[str, ...] = ("{file}",)
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict, hash=False)
    timeout: float = DEFAULT_TIMEOUT

    @property
    def name(self) -> str:
        """``topic/file.py``: the name used in reports and known failures."""
        return self.path.relative_to(PROGRAMS).as_posix()

    def arguments(self) -> list[str]:
        """What follows the interpreter (or ``clearpy run``) on the command line."""
        source = self.path.read_text(encoding="utf-8")
        fill = {"{file}": self.path.name, "{module}": self.path.stem, "{source}": source}
        return [fill.get(part, part) for part in self.invoke] + list(self.args)

    def stdin(self) -> bytes:
        feed = self.path.with_suffix(".stdin")
        return feed.read_bytes() if feed.exists() else b""


def read_program(path: Path) -> Program:
    """A program with the settings its ``# test-...`` comment lines ask for."""
    settings = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        if line.startswith(_DIRECTIVE):
            key, _, value = line[len(_DIRECTIVE):].partition(":")
            settings.setdefault(key.strip(), []).append(value.strip())
    unknown = set(settings) - {"args", "invoke", "env", "timeout"}
    if unknown:
        raise ValueError(f"{path}: unknown directive(s) {sorted(unknown)}")
    env = dict(entry.split("=", 1) for entry in settings.get("env", []))
    return Program(
        path,
        invoke=tuple(shlex.split(settings["invoke"][-1])) if "invoke" in settings else ("{file}",),
        args=tuple(shlex.split(settings["args"][-1])) if "args" in settings else (),
        env=env,
        timeout=float(settings["timeout"][-1]) if "timeout" in settings else DEFAULT_TIMEOUT)


def programs() -> list[Program]:
    """Every test program: the ``.py`` files directly inside each topic directory."""
    found = []
    for topic in sorted(path for path in PROGRAMS.iterdir() if path.is_dir()):
        if topic.name.startswith((".", "_")):
            continue
        for path in sorted(topic.glob("*.py")):
            found.append(read_program(path))
    return found


def run_under(command: list[str], program: Program) -> differential.Run:
    return differential.run(command, program.arguments(), cwd=program.path.parent,
                            stdin=program.stdin(), env=differential.environment(program.env),
                            timeout=program.timeout)


def run_both(program: Program) -> tuple[differential.Run, differential.Run]:
    """(CPython's run, clearpy's run) of one program."""
    return (run_under(differential.cpython_command(), program),
            run_under(differential.clearpy_command(), program))


def _shown(line: str, limit: int = 100) -> str:
    """A line for a one-line report: its repr, cut short if it is long."""
    return repr(line) if len(line) <= limit else repr(line[:limit]) + "..."


def first_difference(expected: differential.Run, got: differential.Run) -> str:
    """One line saying where clearpy's run first differs from CPython's ('' if nowhere)."""
    if got.timed_out:
        return "clearpy's run timed out"
    for stream in ("stdout", "stderr"):
        theirs = getattr(expected, stream).decode("utf-8", "replace").splitlines()
        ours = getattr(got, stream).decode("utf-8", "replace").splitlines()
        if theirs == ours and getattr(expected, stream) == getattr(got, stream):
            continue
        for number, (want, have) in enumerate(zip(theirs, ours), start=1):
            if want != have:
                return f"{stream} line {number}: expected {_shown(want)}, got {_shown(have)}"
        if len(theirs) != len(ours):
            number = min(len(theirs), len(ours)) + 1
            want = theirs[number - 1] if len(theirs) >= number else "<end>"
            have = ours[number - 1] if len(ours) >= number else "<end>"
            return f"{stream} line {number}: expected {_shown(want)}, got {_shown(have)}"
        return f"{stream} differs in line endings or encoding"
    if expected.returncode != got.returncode:
        return (f"exit status: expected {differential.describe_status(expected.returncode)}, "
                f"got {differential.describe_status(got.returncode)}")
    return ""


def full_difference(expected: differential.Run, got: differential.Run, limit: int = 80) -> str:
    """Unified diffs of each differing stream, for a test failure message."""
    parts = []
    for stream in ("stdout", "stderr"):
        theirs = getattr(expected, stream).decode("utf-8", "replace").splitlines()
        ours = getattr(got, stream).decode("utf-8", "replace").splitlines()
        if theirs != ours:
            diff = list(difflib.unified_diff(theirs, ours, f"{stream} (python3.12)",
                                             f"{stream} (clearpy run)", lineterm=""))
            if len(diff) > limit:
                diff = diff[:limit] + [f"... {len(diff) - limit} more diff lines"]
            parts.append("\n".join(diff))
    if expected.returncode != got.returncode:
        parts.append(f"exit status: python3.12 {differential.describe_status(expected.returncode)}"
                     f", clearpy run {differential.describe_status(got.returncode)}")
    return "\n".join(parts)


def check(path: Path):
    """The conformance harness's entry point: one program, identical or not."""
    from clearpy.conformance import IDENTICAL, MISMATCH, Outcome

    expected, got = run_both(read_program(Path(path)))
    difference = first_difference(expected, got)
    if not difference:
        return Outcome(IDENTICAL)
    # The first line is the summary; the full diff follows for --details.
    return Outcome(MISMATCH, f"{difference}\n{full_difference(expected, got)}")


def main(argv: list[str]) -> int:
    """``clearpy conformance vm-programs [PROGRAM...]``: run the programs as a sweep."""
    from clearpy.conformance import IDENTICAL, sweep
    from clearpy.known_failures import known_failures

    parser = argparse.ArgumentParser(
        prog="clearpy conformance vm-programs",
        description="Run the differential test programs (tests/programs) under python3.12 and "
                    "clearpy run and report every program whose output or exit status differs.")
    parser.add_argument("programs", nargs="*", metavar="PROGRAM",
                        help="program files or topic directories (default: all)")
    parser.add_argument("--jobs", "-j", type=int, metavar="J", help="processes to use")
    parser.add_argument("--details", action="store_true",
                        help="print the full diff of stdout, stderr and exit status of each failure")
    parser.add_argument("--update-known-failures", action="store_true",
                        help=f"rewrite known_failures/{KNOWN_FAILURES}.toml to list exactly the "
                             "programs failing in this run (hand-written reasons are kept)")
    args = parser.parse_args(argv)
    chosen = [program.path for program in programs()]
    if args.programs:
        wanted = [Path(name).resolve() for name in args.programs]
        chosen = [path for path in chosen
                  if any(path == want or want in path.parents for want in wanted)]
    print(differential.describe_clearpy_side())
    results = sweep("vm-programs", chosen, args.jobs)
    known = known_failures(KNOWN_FAILURES)
    failing = [r for r in results if r.outcome.status != IDENTICAL]
    names = {r.path: r.path.relative_to(PROGRAMS).as_posix() for r in results}
    unexpected = [r for r in failing if names[r.path] not in known]
    fixed = [r for r in results if r.outcome.status == IDENTICAL and names[r.path] in known]
    print(f"vm-programs: {len(results)} programs, {len(results) - len(failing)} identical, "
          f"{len(failing) - len(unexpected)} known failures, {len(unexpected)} unexpected")
    for result in failing:
        mark = "KNOWN" if names[result.path] in known else "DIFF "
        summary, _, diff = result.outcome.detail.partition("\n")
        print(f"  {mark} {names[result.path]}: {summary}")
        if args.details and diff:
            print("\n".join(f"        {line}" for line in diff.splitlines()))
    for result in fixed:
        print(f"  FIXED {names[result.path]}: passes now; remove it from "
              f"known_failures/{KNOWN_FAILURES}.toml")
    if args.update_known_failures:
        from clearpy.conformance import known_failure_lists

        path, added, removed = known_failure_lists.update(
            KNOWN_FAILURES, set(names.values()),
            {names[r.path]: r.outcome.detail.partition("\n")[0] for r in failing},
            KNOWN_FAILURES_HEADER)
        print(f"{path}: {added} entries added, {removed} removed")
        return 0
    return 0 if not unexpected and not fixed else 1
