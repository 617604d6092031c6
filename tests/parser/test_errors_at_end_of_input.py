"""Syntax errors where the input ends, and in lines joined to the line before.

``compile(source, filename, mode)`` reads its input differently by mode: in
'exec' mode CPython adds a newline to a last line without one; in 'eval' and
'single' mode (what ``code.InteractiveConsole`` and doctest use) the input
ends where the last line ends. That changes the error's text (no newline),
its columns, and even whether there is an error: a last line of blanks is
a blank line in 'exec' mode but an "unexpected indent" in 'single' mode.

An error's ``text`` is the tokenizer's whole buffer when the error is on the
line the tokenizer is on: with a backslash continuation or a triple-quoted
string, the lines before it too.

Each source here is compiled by CPython and by clearpy in the three modes;
the outcome (the tree's success, or the error's class, msg, lineno, offset,
text, end_lineno, end_offset) must be the same.
"""

import itertools

import pytest

import clearpy

# Lines whose combinations exercise indentation, comments, blanks, brackets
# and backslashes at the end of input.
LINES = ["if 1:", "  pass", "   ", " ", "\t", "  # c", "x", "   x", "", "  (", "  pass \\",
         "def f(): pass", "1 +", "  \\"]

JOINED_LINES = [
    'x = """a\nb""" if\n', 'x = 1 + \\\n  2 if\n', 'x = (1 +\n  2 if)\n',
    'x = 1 + \\\n  2 \\\n 3 if\n', 'a = \\\n  1 $\n', 'if x:\n  y = 1 + \\\n    2 else\n',
    'x = f"""{1}\n""" if\n', 'x = 1 + \\\n  \\\n 2 if\n', '# c \\\nx $\n', '  \\\nx $\n',
    'x = (\n  pass \\', 'x = (1 \\', 'if 1:\n  (\n  pass \\',
]


def outcome(compile_function, source: str, mode: str):
    try:
        compile_function(source, "<input>", mode)
    except SyntaxError as error:
        return (type(error).__name__, error.msg, error.lineno, error.offset, error.text,
                error.end_lineno, error.end_offset)
    return "compiled"


def differences(sources) -> list:
    found = []
    for source in sources:
        for mode in ("exec", "eval", "single"):
            expected = outcome(compile, source, mode)
            actual = outcome(clearpy.compile, source, mode)
            if actual != expected:
                found.append((mode, source, expected, actual))
    return found


@pytest.mark.parametrize("count", [1, 2])
def test_combinations_of_lines_end_as_in_cpython(count):
    sources = ["\n".join(lines) for lines in itertools.product(LINES, repeat=count)]
    assert differences(sources) == []


def test_the_buffer_of_joined_lines_is_the_error_text():
    assert differences(JOINED_LINES) == []


def test_three_lines_ending_inside_blocks():
    sources = ["\n".join(lines) for lines in itertools.product(
        ["if 1:", "    if 2:", "        x", "  y", "   ", "  pass \\", "  ("], repeat=3)]
    assert differences(sources) == []
