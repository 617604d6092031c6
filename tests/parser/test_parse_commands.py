"""The commands around the parser: clearpy ast, explain's tree, conformance and bench.

``clearpy ast`` must print what ``python3.12 -m ast`` prints, byte for byte,
with the same flags, for files and for stdin; both are run as processes.
"""

import io
import subprocess
import sys

import pytest
from rich.console import Console

from clearpy.conformance.parse import compare_source, first_difference
from clearpy.corpus import corpus_sample
from clearpy.explain import Journey
from clearpy.explain import parse as parse_step

PROGRAM = '''\
import os  # type: ignore
def f(a: int, *b, c=1, **d) -> str:  # type: (...) -> str
    """Doc."""
    x = [i ** 2 for i in range(a) if i]  # type: list
    return f"{x!r:>{c}} {d=}"
match f(1):
    case [1, *rest] | {"k": 2}:
        pass
'''


def run(*args, stdin=None):
    return subprocess.run(args, input=stdin, capture_output=True, timeout=120)


@pytest.mark.parametrize("flags", [[], ["-a"], ["-i", "1"], ["--no-type-comments"],
                                   ["-a", "-i", "0", "--no-type-comments"]])
def test_clearpy_ast_prints_what_python_m_ast_prints(tmp_path, flags):
    path = tmp_path / "program.py"
    path.write_text(PROGRAM, encoding="utf-8")
    ours = run(sys.executable, "-m", "clearpy", "ast", *flags, str(path))
    theirs = run(sys.executable, "-m", "ast", *flags, str(path))
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout


@pytest.mark.parametrize("mode, source", [("eval", b"a + b\n"), ("single", b"x = 1\n"),
                                          ("func_type", b"(int) -> str\n")])
def test_clearpy_ast_modes_from_stdin(mode, source):
    ours = run(sys.executable, "-m", "clearpy", "ast", "-m", mode, stdin=source)
    theirs = run(sys.executable, "-m", "ast", "-m", mode, stdin=source)
    assert ours.stdout == theirs.stdout and ours.returncode == theirs.returncode == 0


def test_clearpy_ast_reports_syntax_errors_as_python_does():
    ours = run(sys.executable, "-m", "clearpy", "ast", stdin=b"x = = 1\n")
    theirs = run(sys.executable, "-m", "ast", stdin=b"x = = 1\n")
    assert ours.returncode == theirs.returncode == 1
    # Python's own traceback has more frames; the error itself is the same.
    assert theirs.stderr.endswith(ours.stderr)
    assert ours.stderr.startswith(b'  File "<stdin>", line 1')


def test_explain_draws_the_tree():
    journey = Journey("hello.py", b'print("Hello, World!")\n')
    console = Console(file=io.StringIO(), width=100, color_system=None)
    parse_step.show(journey, console)
    text = console.file.getvalue()
    for expected in ("Module", "body: Expr  1:0", "value: Call  1:0", "func: Name id='print'",
                     "args: Constant value='Hello, World!'  1:6"):
        assert expected in text
    assert "ast" in journey._results   # later steps reuse the tree


def test_explain_shows_a_syntax_error():
    journey = Journey("bad.py", b"x = = 1\n")
    console = Console(file=io.StringIO(), width=100, color_system=None)
    parse_step.show(journey, console)
    assert "invalid syntax (line 1, column 5)" in console.file.getvalue()


def test_explain_limits_big_trees():
    source = "\n".join(f"x{i} = {i}" for i in range(400)).encode()
    journey = Journey("big.py", source)
    tree, left_out = parse_step.draw(parse_step.compute(journey)[0], limit=50)
    assert left_out > 0


def test_first_difference_names_the_node():
    import ast
    left, right = ast.parse("f(a, b)"), ast.parse("f(a, c)")
    assert first_difference(left, right) == "body[0].value.args[1].id: 'b' != 'c'"
    assert first_difference(left, left) is None
    assert compare_source("x = 1").status == "identical"


def test_bench_runs_on_a_sample():
    result = run(sys.executable, "-m", "clearpy", "bench", "parse", "--sample", "2")
    assert result.returncode == 0, result.stderr
    assert b"lines/s" in result.stdout and b"peak memory" in result.stdout


def test_conformance_command_on_files():
    files = [str(path) for path in corpus_sample(2, seed=11)]
    result = run(sys.executable, "-m", "clearpy", "conformance", "parse", *files, "--jobs", "1")
    assert result.returncode == 0, result.stdout
    assert b"identical:  2" in result.stdout
