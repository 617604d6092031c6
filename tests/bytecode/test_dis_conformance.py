"""The dis conformance stages find agreement where there is agreement, and report differences."""

from clearpy.bytecode.compilers import clearpy_compiler_available
from clearpy.conformance import IDENTICAL, MISMATCH
from clearpy.conformance import dis as dis_stage
from clearpy.conformance import dis_end_to_end
from clearpy.corpus import corpus_sample

import pytest


def test_dis_stage_on_corpus_files():
    for path in corpus_sample(3, seed=21):
        assert dis_stage.check(path).status == IDENTICAL


def test_a_rejected_file_is_identical_only_with_the_same_error(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("x = (\n")
    outcome = dis_stage.check(bad)
    assert outcome.status == IDENTICAL and "compile error" in outcome.detail


def test_a_difference_is_reported_with_its_line(tmp_path, monkeypatch):
    program = tmp_path / "p.py"
    program.write_text("x = 1\ny = 2\n")

    def wrong_listing(code_or_error, show_caches=False):
        return "  0           0 RESUME                   0\nsomething else\n", "", 0

    monkeypatch.setattr(dis_stage, "listing_or_error", wrong_listing)
    outcome = dis_stage.check(program)
    assert outcome.status == MISMATCH and outcome.detail.startswith("line 2: clearpy 'something else'")


@pytest.mark.skipif(not clearpy_compiler_available(), reason="clearpy's compiler has not landed")
def test_end_to_end_on_a_small_program(tmp_path):
    program = tmp_path / "p.py"
    program.write_text("def f(a, b=2):\n    return [x * b for x in a if x]\nprint(f(range(4)))\n")
    outcome = dis_end_to_end.check(program)
    assert outcome.status == IDENTICAL, outcome.detail
