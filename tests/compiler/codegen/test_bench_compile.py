"""``clearpy bench compile`` runs end to end (on a tiny sample) and prints every figure."""

from clearpy.cli import main


def test_bench_compile_prints_both_measurements_stages_and_the_cache_saving(capsys):
    assert main(["bench", "compile", "--sample", "2"]) == 0
    out = capsys.readouterr().out
    assert "compile from AST (compiler alone)" in out
    assert "compile from source (whole pipeline)" in out
    assert out.count("ratio:") == 2
    for stage in ("constant folding", "symbol tables", "code generation", "back end"):
        assert stage in out
    assert "second run (the .pyc cache)" in out
    assert "loading the .pyc files" in out and "saves" in out
