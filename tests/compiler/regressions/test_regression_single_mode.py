"""'single' mode (what ``code.InteractiveConsole`` and doctest compile each input with).

Found by CPython's test_compile (``test_bad_single_statement``) run with
clearpy's ``compile()``: ``compile('def f(): pass', ..., 'single')`` must be a
SyntaxError, because in interactive input a compound statement ends with an
empty line, and here the input ends first; ``'if 1:\\n  pass'`` on the other
hand is complete. CPython's parser reads the end of a 'single' input as a
NEWLINE and closes the open blocks (pegen's ``_PyPegen_fill_token``); clearpy's
parser did it without closing the blocks (so ``if 1:\\n  pass`` was refused)
and, before that, read a final newline that is not there (so ``def f(): pass``
was accepted).
"""

import pytest

from clearpy.known_failures import known_failures

from regression_compare import KNOWN_FAILURES, assert_compiles_alike

CASES = [
    "def f(): pass", "if 1: pass", "if 1:\n  pass", "1", "x = 1", "x = 1\n",
    "if 1:\n  if 2: pass", "if 1:\n  if 2:\n    pass", "if 1:\n  if 2:\n    pass\n",
    "if 1:\n  pass\n", "if 1:\n  pass\nelse:\n  pass", "class C:\n  def f(self):\n    return 1",
    "for x in y:\n  pass\n\n", "while x:\n\tpass", "try:\n  pass\nexcept:\n  pass",
    "match x:\n  case 1:\n    pass", "@d\ndef f():\n  pass", "async def f():\n  await x",
    "if 1:\n    if 2:\n        x\n    y", "def f():\n  \"\"\"doc\"\"\"", "if 1:\n  pass;",
    "x = 1; y = 2", "if 1:\n  x = (1,\n2)", "1\n2", "a = 13\nb = 187", "",
    "# c", "if 1:\n  1 +", "if 1:\n  pass\n1", "if 1:\n  pass\n  # c", "if 1:\n  pass\n   ",
    "if 1:\n  pass \\\n", "if 1:\n    if 2:\n        x\n  y", "if 1:\n  (",
]


def case_name(source: str) -> str:
    return f"tests/compiler/regressions/single mode: {source!r}"


@pytest.mark.parametrize("source", CASES)
def test_single_mode_compiles_and_refuses_as_cpython_does(source):
    reason = known_failures(KNOWN_FAILURES).get(case_name(source))
    if reason:
        pytest.xfail(reason)
    assert_compiles_alike(source, "single")


def test_the_known_failures_listed_for_single_mode_are_cases_here():
    listed = [case for case in known_failures(KNOWN_FAILURES)
              if case.startswith("tests/compiler/regressions/single mode: ")]
    assert set(listed) <= set(map(case_name, CASES))
