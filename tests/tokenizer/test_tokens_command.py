"""``clearpy tokens`` prints exactly what ``python -m tokenize`` prints.

Most cases run both in this process (``tokenize.main`` and clearpy's command,
with the same argv and stdin); two run the real commands end to end.
"""

import io
import subprocess
import sys
import tokenize

import pytest

from clearpy import cli

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def run_cpython(monkeypatch, capsys, argv, stdin=b""):
    monkeypatch.setattr(sys, "argv", ["tokenize", *argv])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8",
                                                        errors="surrogateescape"))
    try:
        tokenize.main()
        status = 0
    except SystemExit as exit:
        status = exit.code
    out, err = capsys.readouterr()
    return out, err, status


def run_clearpy(monkeypatch, capsys, argv, stdin=b""):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8",
                                                        errors="surrogateescape"))
    status = cli.main(["tokens", *argv])
    out, err = capsys.readouterr()
    return out, err, status


FILES = {
    "valid.py": b"def f(x):\n    return f'{x!r:>10}'  # done\n",
    "bad_string.py": b"x = 'abc\n",
    "bad_dedent.py": b"if x:\n    y\n  z\n",
    "bad_tabs.py": b"if x:\n\ty\n        z\n",
    "bad_eof.py": b"x = (1,\n",
    "bad_cookie.py": b"# coding: uft-8\nx = 1\n",
    "bad_bom.py": b"\xef\xbb\xbf# coding: latin-1\n",
    "latin1.py": b"# coding: latin-1\nx = '\xe9'\n",
}


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("exact", [False, True], ids=["", "-e"])
def test_file_output_is_identical(tmp_path, monkeypatch, capsys, name, exact):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(FILES[name])
    argv = (["-e"] if exact else []) + [name]
    assert run_clearpy(monkeypatch, capsys, argv) == run_cpython(monkeypatch, capsys, argv)


@pytest.mark.parametrize("name", ["valid.py", "bad_string.py", "bad_dedent.py", "bad_eof.py"])
def test_stdin_output_is_identical(monkeypatch, capsys, name):
    data = FILES[name].replace(b"\n", b"\r\n")
    assert run_clearpy(monkeypatch, capsys, [], data) == run_cpython(monkeypatch, capsys, [], data)


def test_missing_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    expected = run_cpython(monkeypatch, capsys, ["missing.py"])
    assert expected[2] == 1
    assert run_clearpy(monkeypatch, capsys, ["missing.py"]) == expected


def test_unexpected_error_is_reported_like_cpython(monkeypatch, capsys):
    """A lone surrogate from stdin: CPython prints 'unexpected error' and a traceback."""
    expected = run_cpython_catching(monkeypatch, capsys, b"x\n\xff\n")
    out, err, status = run_clearpy(monkeypatch, capsys, [], b"x\n\xff\n")
    assert (out, status) == (expected[0], 1)
    assert err.splitlines()[0] == expected[1].splitlines()[0]
    assert err.splitlines()[-1] == expected[1].splitlines()[-1]


def run_cpython_catching(monkeypatch, capsys, stdin):
    monkeypatch.setattr(sys, "argv", ["tokenize"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8",
                                                        errors="surrogateescape"))
    try:
        tokenize.main()
    except UnicodeEncodeError:
        import traceback
        traceback.print_exc()
    out, err = capsys.readouterr()
    return out, err


@pytest.mark.parametrize("argv, stdin", [(["-e", "examples/hello.py"], b""), ([], b"if x:\n  y\n z\n")])
def test_end_to_end_byte_for_byte(argv, stdin):
    def run(command):
        return subprocess.run(command + argv, input=stdin, capture_output=True, cwd=ROOT)

    expected = run([sys.executable, "-m", "tokenize"])
    actual = run([sys.executable, "-m", "clearpy", "tokens"])
    assert (actual.stdout, actual.stderr, actual.returncode) == \
        (expected.stdout, expected.stderr, expected.returncode)
