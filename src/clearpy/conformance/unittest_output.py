"""Reading what ``python -m unittest -v`` prints, test by test.

With ``-v``, unittest's text runner writes one line per test to stderr::

    test_backslash (test.test_grammar.TokenTests.test_backslash) ... ok
    test_skip_me (test.test_x.T.test_skip_me) ... skipped 'not today'

then, for every failure and error, a block that starts with a line of ``=``::

    ======================================================================
    FAIL: test_float (test.test_x.T.test_float)
    ----------------------------------------------------------------------
    Traceback (most recent call last):
      ...
    AssertionError: 1.0 != 2.0

and finally ``Ran N tests in 0.012s`` and ``OK`` or ``FAILED (...)``.

A few shapes need care, all taken from CPython 3.12's ``unittest/runner.py``:

- A test with a docstring prints two lines: ``str(test)``, then the
  docstring's first line followed by `` ... ok``. Doctests run through
  ``DocTestSuite`` look the same: ``doctests (test.test_genexps.__test__)``
  then ``Doctest: test.test_genexps.__test__.doctests ... ok``; each docstring
  is one test, which is how unittest counts them, so we count them that way.
- A failing subtest prints an indented line of its own,
  ``  test_x (m.C.test_x) (i=3) ... FAIL``; the test it belongs to then prints
  no status of its own. We record the failure against the test.
- Whatever a test itself writes to stderr lands in the middle of these lines.

The result is a ``Report``: the status of each test by its id (the dotted
name unittest's ``TestCase.id()`` gives), the first line of why each failure
or error happened, and the ``Ran N tests`` count.
"""

import re
from dataclasses import dataclass, field

OK = "ok"
FAIL = "FAIL"
ERROR = "ERROR"
SKIPPED = "skipped"
EXPECTED_FAILURE = "expected failure"
UNEXPECTED_SUCCESS = "unexpected success"

# The outcomes that count as "the test passed".
PASSING = frozenset({OK, EXPECTED_FAILURE})

_STATUS = r"(?P<status>ok|FAIL|ERROR|skipped .*|expected failure|unexpected success)"
# `` ... STATUS`` at the end of a line (a status line of the runner).
_ENDS_WITH_STATUS = re.compile(r" \.\.\. " + _STATUS + r"$")
# A status alone on its line (the test wrote something between the two halves).
_STATUS_ALONE = re.compile(r"^" + _STATUS + r"$")
# A status glued to the end of what the test wrote without a final newline.
_GLUED_STATUS = re.compile(r"(?P<status>ok|FAIL|ERROR|expected failure|unexpected success)$")
# ``name (where)`` starting a line: ``str(test)`` of a test case or a doctest,
# indented by two spaces for a subtest. ``rest`` is what follows on the line.
_TEST_NAME = re.compile(r"^(?P<indent>  )?(?P<name>[^\s()]+) \((?P<where>[\w.<>]+)\)(?P<rest>.*)$")
_RAN = re.compile(r"^Ran (?P<count>\d+) tests? in ")
_SEPARATOR_1 = "=" * 70
_SEPARATOR_2 = "-" * 70
_BLOCK_HEADER = re.compile(r"^(?P<flavour>FAIL|ERROR|UNEXPECTED SUCCESS): (?P<description>.*)$")


@dataclass
class TestOutcome:
    """One test's result: its status and, for a failure or error, why."""

    status: str
    why: str = ""


@dataclass
class Report:
    """Everything read from one ``unittest -v`` run."""

    outcomes: dict[str, TestOutcome] = field(default_factory=dict)
    ran: int | None = None  # from "Ran N tests"; None if the run never got there
    finished: bool = False  # the final OK / FAILED line was printed

    def count(self, *statuses: str) -> int:
        return sum(outcome.status in statuses for outcome in self.outcomes.values())


def is_status_line(line: str) -> bool:
    """True for a line on which unittest reports a test's (or subtest's) outcome."""
    return bool(_ENDS_WITH_STATUS.search(line))


def test_id(name: str, where: str) -> str:
    """The dotted id of a test from the two halves of ``str(test)``.

    ``test_x (m.C.test_x)`` is a TestCase: its id is the part in brackets.
    ``doctests (m.__test__)`` is a doctest: its id is ``m.__test__.doctests``.
    ``setUpClass (m.C)`` is a class fixture that failed: ``m.C.setUpClass``.
    """
    if where == name or where.endswith("." + name):
        return where
    return f"{where}.{name}"


def _status_word(status: str) -> str:
    return SKIPPED if status.startswith("skipped") else status


def _skip_reason(status: str) -> str:
    return status[len("skipped "):].strip() if status.startswith("skipped") else ""


def parse(stderr: str) -> Report:
    """Read the per-test results, failure reasons and totals from ``stderr``."""
    report = Report()
    lines = stderr.splitlines()
    blocks_start = _read_status_lines(lines, report)
    _read_failure_blocks(lines[blocks_start:], report)
    return report


def _record(report: Report, test: str, status: str, *, subtest: bool = False) -> None:
    word = _status_word(status)
    if subtest:
        if word not in (FAIL, ERROR):
            return  # a skipped subtest does not make its test skipped
        current = report.outcomes.get(test)
        if current is not None and current.status == ERROR:
            return  # ERROR is the stronger of the two
    report.outcomes[test] = TestOutcome(word, _skip_reason(status))


def _read_status_lines(lines: list[str], report: Report) -> int:
    """Read the verbose status lines; return where the failure blocks begin."""
    pending = None  # a test whose status has not been printed yet
    for index, line in enumerate(lines):
        if line == _SEPARATOR_1 or _RAN.match(line):
            return index
        header = _TEST_NAME.match(line)
        if header:
            test = test_id(header["name"], header["where"])
            subtest = bool(header["indent"])
            ending = _ENDS_WITH_STATUS.search(line)
            if ending:
                _record(report, test, ending["status"], subtest=subtest)
                if not subtest:
                    pending = None
            elif not subtest:
                # A docstring line or the test's own output follows. Output
                # without a final newline has the status glued to its end; take
                # that for now, and let a status on a line of its own override.
                pending = test
                glued = _GLUED_STATUS.search(header["rest"]) if " ... " in header["rest"] else None
                if glued:
                    _record(report, test, glued["status"])
            continue
        if pending is not None:
            ending = _ENDS_WITH_STATUS.search(line) or _STATUS_ALONE.match(line)
            if ending:
                _record(report, pending, ending["status"])
                pending = None
    return len(lines)


def _read_failure_blocks(lines: list[str], report: Report) -> None:
    """Read the ``FAIL:``/``ERROR:`` blocks for the first line of each reason."""
    index = 0
    while index < len(lines):
        line = lines[index]
        ran = _RAN.match(line)
        if ran:
            report.ran = int(ran["count"])
            report.finished = any(following.startswith(("OK", "FAILED"))
                                  for following in lines[index + 1:index + 4])
            return
        header = _BLOCK_HEADER.match(line) if index and lines[index - 1] == _SEPARATOR_1 else None
        index += 1
        if not header:
            continue
        name = _TEST_NAME.match(header["description"])
        body = []
        while index < len(lines) and lines[index] != _SEPARATOR_1 and not (
                lines[index] == _SEPARATOR_2 and index + 1 < len(lines)
                and _RAN.match(lines[index + 1])):
            body.append(lines[index])
            index += 1
        if name is None:
            continue
        test = test_id(name["name"], name["where"])
        outcome = report.outcomes.get(test)
        if outcome is None:  # the status line was lost in the test's own output
            status = {"FAIL": FAIL, "ERROR": ERROR}.get(header["flavour"], UNEXPECTED_SUCCESS)
            outcome = report.outcomes[test] = TestOutcome(status)
        if not outcome.why:
            outcome.why = first_line_of_why(body)


def first_line_of_why(body: list[str]) -> str:
    """The line that says what went wrong in a failure block's traceback.

    That is the exception line after the last ``Traceback`` header (its first
    line, if the message spans several). For a doctest, the exception only
    says "Failed doctest test for ..."; the failing example is more useful.
    """
    for position, line in enumerate(body):
        if line.strip() == "Failed example:" and position + 1 < len(body):
            example = body[position + 1].strip()
            failures = sum(text.strip() == "Failed example:" for text in body)
            more = f" (and {failures - 1} more)" if failures > 1 else ""
            return f"doctest failed example: {example}{more}"
    last_traceback = max((position for position, line in enumerate(body)
                          if line.startswith("Traceback (most recent call last):")), default=None)
    if last_traceback is None:
        return next((line.strip() for line in body if line.strip()), "")
    for line in body[last_traceback + 1:]:
        if line and not line[0].isspace():
            return line
    return ""
