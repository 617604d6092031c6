"""``clearpy explain`` shows the tokens step after the source."""

from clearpy import cli
from clearpy.explain import STEPS


def test_tokens_step_comes_after_source():
    assert STEPS.index("tokens") == STEPS.index("source") + 1


def test_explain_shows_a_table_of_tokens(tmp_path, capsys):
    program = tmp_path / "prog.py"
    program.write_text("if ready:\n    print('go')\n")
    assert cli.main(["explain", str(program)]) == 0
    out = capsys.readouterr().out
    assert "Tokens" in out
    for expected in ("INDENT", "DEDENT", "NEWLINE", "'print'", "\"'go'\"", "OP (LPAR)", "2:4"):
        assert expected in out
    assert "tokens." in out


def test_explain_reports_a_tokenizer_error(tmp_path, capsys):
    program = tmp_path / "broken.py"
    program.write_text("x = 'oops\n")
    assert cli.main(["explain", str(program)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "stopped at line 1, column 5: unterminated string literal (detected at line 1)" in out
