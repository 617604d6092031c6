"""The program harness itself: directives, comparison and reports (no VM needed)."""

import sys

from clearpy import differential
from clearpy.conformance import vm_programs


def test_directives_at_the_top_of_a_program_are_read(tmp_path):
    path = tmp_path / "prog.py"
    path.write_text("# test-invoke: -m {module}\n# test-args: a 'b c'\n# test-env: X=1\n"
                    "# test-timeout: 5\nprint('hi')\n# test-args: ignored after code\n")
    program = vm_programs.read_program(path)
    assert program.arguments() == ["-m", "prog", "a", "b c"]
    assert program.env == {"X": "1"} and program.timeout == 5.0


def test_an_unknown_directive_is_refused(tmp_path):
    path = tmp_path / "prog.py"
    path.write_text("# test-bogus: 1\n")
    try:
        vm_programs.read_program(path)
    except ValueError as error:
        assert "bogus" in str(error)
    else:
        raise AssertionError("an unknown directive was accepted")


def test_a_program_runs_in_its_directory_with_its_stdin(tmp_path):
    path = tmp_path / "echo.py"
    path.write_text("import os\nprint(input(), os.path.basename(os.getcwd()))\n")
    (tmp_path / "echo.stdin").write_text("from stdin\n")
    run = vm_programs.run_under(differential.cpython_command(), vm_programs.read_program(path))
    assert run.stdout.decode().split() == ["from", "stdin", tmp_path.name]


def run_of(stdout=b"", stderr=b"", returncode=0):
    return differential.Run(stdout, stderr, returncode, 0.1)


def test_the_first_difference_names_the_stream_and_line():
    same = run_of(b"a\nb\n", b"", 0)
    assert vm_programs.first_difference(same, run_of(b"a\nb\n", b"", 0)) == ""
    assert vm_programs.first_difference(same, run_of(b"a\nc\n")) == \
        "stdout line 2: expected 'b', got 'c'"
    assert vm_programs.first_difference(same, run_of(b"a\n")) == \
        "stdout line 2: expected 'b', got '<end>'"
    assert vm_programs.first_difference(same, run_of(b"a\nb\n", b"oops\n")) == \
        "stderr line 1: expected '<end>', got 'oops'"
    assert vm_programs.first_difference(same, run_of(b"a\nb\n", b"", 70)) == \
        "exit status: expected exit 0, got exit 70"
    assert vm_programs.first_difference(same, run_of(b"a\nb\n", returncode=None)) == \
        "clearpy's run timed out"
    assert "+c" in vm_programs.full_difference(same, run_of(b"a\nc\n"))


def test_every_program_directory_holds_only_programs_and_support_folders():
    for program in vm_programs.programs():
        assert program.path.suffix == ".py"
        assert program.path.parent.parent == vm_programs.PROGRAMS
        first_line = program.path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("#"), f"{program.name} must start with a comment saying what it tests"
        assert program.timeout > 0
    assert sys.version_info[:2] == (3, 12)
