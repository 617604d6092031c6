"""``clearpy dis`` prints what ``python3.12 -m dis`` prints, byte for byte."""

import os
import re
import subprocess
import sys

import pytest

from clearpy.commands import dis as dis_command
from clearpy.corpus import corpus_sample

ADDRESS = re.compile(rb" at 0x[0-9a-f]+")  # where a code object lives differs between processes


def run(*argv, stdin=None, cwd=None):
    # One hash seed for both processes: a frozenset of strings prints in hash order.
    env = dict(os.environ, PYTHONHASHSEED="0")
    return subprocess.run([sys.executable, *argv], input=stdin, capture_output=True, cwd=cwd, env=env)


def without_addresses(output: bytes) -> bytes:
    return ADDRESS.sub(b" at 0xADDRESS", output)


@pytest.mark.parametrize("path", corpus_sample(4, seed=11), ids=lambda path: path.name)
def test_same_bytes_as_python_m_dis_on_corpus_files(path):
    ours = run("-m", "clearpy", "dis", "--compiler", "cpython", str(path))
    theirs = run("-m", "dis", str(path))
    assert ours.returncode == theirs.returncode
    assert without_addresses(ours.stdout) == without_addresses(theirs.stdout)
    if theirs.returncode:  # CPython rejects the file: the same error, minus dis.py's frames
        assert ours.stderr and theirs.stderr.endswith(ours.stderr)
    else:
        assert ours.stdout and not ours.stderr


def test_reads_standard_input_when_no_file_is_given(tmp_path):
    program = b"def f(x):\n    return lambda: x + 1\nprint(f(1)())\n"
    ours = run("-m", "clearpy", "dis", "--compiler", "cpython", stdin=program)
    theirs = run("-m", "dis", stdin=program)
    assert ours.returncode == 0
    assert b'file "<stdin>"' in ours.stdout
    assert without_addresses(ours.stdout) == without_addresses(theirs.stdout)
    dash = run("-m", "clearpy", "dis", "--compiler", "cpython", "-", stdin=program)
    assert dash.stdout == ours.stdout or without_addresses(dash.stdout) == without_addresses(ours.stdout)


def test_a_syntax_error_is_reported_as_python_reports_it(tmp_path, capsys):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(:\n    pass\n")
    theirs = run("-m", "dis", str(bad))
    status = dis_command.main(["--compiler", "cpython", str(bad)])
    err = capsys.readouterr().err
    assert status == theirs.returncode == 1
    # CPython's output starts with dis.py's own traceback frames; the user's part is the same.
    assert err and theirs.stderr.decode().endswith(err)
    assert err.endswith("SyntaxError: invalid syntax\n")


def test_a_missing_file_is_a_usage_error_with_exit_status_2(tmp_path):
    missing = str(tmp_path / "missing.py")
    ours = run("-m", "clearpy", "dis", missing)
    theirs = run("-m", "dis", missing)
    assert ours.returncode == theirs.returncode == 2
    expected = theirs.stderr.decode().splitlines()[-1].replace("dis.py: error:", "clearpy dis: error:")
    assert ours.stderr.decode().splitlines()[-1] == expected
    assert b"internal error" not in ours.stderr


def test_the_clearpy_compiler_can_be_asked_for(tmp_path, capsys):
    from clearpy.bytecode.compilers import clearpy_compiler_available

    program = tmp_path / "p.py"
    program.write_text("x = 1\n")
    if clearpy_compiler_available():
        assert dis_command.main(["--compiler", "clearpy", str(program)]) == 0
        assert "STORE_NAME" in capsys.readouterr().out
    else:
        with pytest.raises(LookupError, match="not available"):
            dis_command.main(["--compiler", "clearpy", str(program)])


def test_show_caches_prints_what_dis_prints_with_caches(tmp_path, capsys):
    import dis
    import io

    program = tmp_path / "p.py"
    program.write_text("def f(a):\n    return a.real + g(a)\n")
    assert dis_command.main(["-C", "--compiler", "cpython", str(program)]) == 0
    ours = capsys.readouterr().out
    expected = io.StringIO()
    dis.dis(compile(program.read_bytes(), str(program), "exec"), file=expected, show_caches=True)
    assert without_addresses(ours.encode()) == without_addresses(expected.getvalue().encode())
    assert "CACHE                    0 (counter: 0)" in ours
