"""The conformance stage: a sample of the corpus, and the checker itself."""

from pathlib import Path

from clearpy.conformance import IDENTICAL, MISMATCH, STAGES
from clearpy.conformance import symtable as stage
from clearpy.corpus import corpus_sample
from clearpy.explain import STEPS
from clearpy.known_failures import known_failures


def test_stage_is_registered():
    assert STAGES["symtable"] == "clearpy.conformance.symtable"
    assert "symtable" in STEPS


def test_corpus_sample_is_identical():
    outcomes = {path: stage.check(path) for path in corpus_sample(40, seed=312)}
    known = known_failures("symtable")
    differing = {path: outcome.detail for path, outcome in outcomes.items()
                 if outcome.status != IDENTICAL and path.name not in known}
    assert differing == {}


def test_checker_reports_the_first_difference(tmp_path, monkeypatch):
    path = tmp_path / "sample.py"
    path.write_text("def f():\n    x = 1\n    return lambda: x\n")
    assert stage.check(Path(path)).status == IDENTICAL

    real = stage.clearpy_symtable

    def wrong_flags(*args, **kwargs):
        table = real(*args, **kwargs)
        table._table.children[0].symbols["x"] ^= 16  # pretend x is not used
        return table

    monkeypatch.setattr(stage, "clearpy_symtable", wrong_flags)
    outcome = stage.check(Path(path))
    assert outcome.status == MISMATCH
    assert outcome.detail.startswith("top/f: 'x' is DEF_LOCAL|USE CELL, CPython: DEF_LOCAL CELL")


def test_checker_compares_errors(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("def f(a, a): pass\n")
    assert stage.check(path).status == IDENTICAL
