"""Rewriting known-failure files after a run keeps them exact and keeps hand-written reasons."""

import clearpy.known_failures
from clearpy.conformance import known_failure_lists
from clearpy.known_failures import known_failures


def test_a_rewrite_keeps_reasons_drops_fixed_and_adds_new(tmp_path, monkeypatch):
    monkeypatch.setattr(clearpy.known_failures, "_DIRECTORY", tmp_path)
    monkeypatch.setattr(known_failure_lists, "DIRECTORY", tmp_path)
    known_failures.cache_clear()
    known_failure_lists.write("demo", {"still/fails.py": "hand-written reason",
                                       "now/passes.py": "old reason",
                                       "not/run.py": "untouched"}, "header line")
    assert known_failures("demo")["still/fails.py"] == "hand-written reason"

    path, added, removed = known_failure_lists.update(
        "demo", covered={"still/fails.py", "now/passes.py", "new/failure.py", "passing.py"},
        failing={"still/fails.py": "machine reason", "new/failure.py": 'stdout line 1: "quoted" \\ é'},
        header="header line")
    assert (added, removed) == (1, 1)
    assert known_failures("demo") == {"new/failure.py": 'stdout line 1: "quoted" \\ é',
                                      "not/run.py": "untouched",
                                      "still/fails.py": "hand-written reason"}
    assert path.read_text(encoding="utf-8").startswith("# header line\n")
    known_failures.cache_clear()
