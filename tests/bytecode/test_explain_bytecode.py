"""``clearpy explain`` shows each function's bytecode with meanings, and where the cache lives."""

from clearpy.commands import explain as explain_command
from clearpy.explain import STEPS

PROGRAM = '''def greet(name):
    try:
        return f"Hello, {name}!"
    except TypeError:
        return "?"

print(greet("World"))
'''


def test_bytecode_step_comes_after_the_front_end_steps():
    assert "bytecode" in STEPS
    earlier = [step for step in ("source", "tokens", "parse", "symtable") if step in STEPS]
    assert all(STEPS.index(step) < STEPS.index("bytecode") for step in earlier)


def test_explain_shows_instructions_meanings_exception_table_and_cache(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    program = tmp_path / "greet.py"
    program.write_text(PROGRAM)
    assert explain_command.main([str(program)]) == 0
    out = capsys.readouterr().out
    assert "Bytecode" in out
    assert "the module" in out and "greet (line 1)" in out
    for expected in ("LOAD_CONST", "code of greet", "push a constant", "FORMAT_VALUE",
                     "format a value for an f-string", "CHECK_EXC_MATCH", "Exception table",
                     "handler at"):
        assert expected in out, expected
    assert f"{tmp_path}/__pycache__/greet.clearpy-312.pyc" in out.replace("\n", "")
    assert "no cache file yet" in out


def test_a_program_that_does_not_compile_is_explained_not_crashed(tmp_path, capsys):
    program = tmp_path / "bad.py"
    program.write_text("return 1\n")
    assert explain_command.main([str(program)]) == 0
    assert "'return' outside function" in capsys.readouterr().out
