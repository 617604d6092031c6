"""The back end's by-hand commands run: the conformance sweep and the benchmark (on tiny inputs)."""

from clearpy.cli import main
from clearpy.corpus import stdlib_directory


def test_conformance_backend_on_two_files(capsys):
    files = [str(stdlib_directory() / "colorsys.py"), str(stdlib_directory() / "bisect.py")]
    assert main(["conformance", "--jobs", "1", "backend", *files]) == 0
    out = capsys.readouterr().out
    assert "backend: 2 files" in out
    assert "identical:  2" in out


def test_conformance_backend_reports_a_known_failure(capsys):
    files = [str(stdlib_directory() / "tkinter" / "__init__.py")]
    assert main(["conformance", "--jobs", "1", "backend", *files]) == 0
    out = capsys.readouterr().out
    assert "known failures: 1" in out


def test_bench_backend_prints_throughput_and_ratio(capsys):
    assert main(["bench", "backend", "--sample", "2"]) == 0
    out = capsys.readouterr().out
    assert "code units" in out
    assert "lines/s" in out and "ratio:" in out
