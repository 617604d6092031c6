"""``clearpy cfg``: the back end's stages drawn for each code unit."""

from clearpy.cli import main
from clearpy.compiler.cfg_display import trace_units

PROGRAM = b"""\
def clamp(x, low, high):
    if x < low:
        return low
    while x > high:
        x -= 1
    return x
"""


def test_trace_gives_every_unit_at_every_stage_and_the_real_code():
    traces = trace_units(PROGRAM, "clamp.py")
    assert [trace.qualname for trace in traces] == ["clamp", "<module>"]
    clamp = traces[0]
    assert set(clamp.snapshots) == {"cfg", "optimized", "assembled"}
    assert clamp.code == compile(PROGRAM, "clamp.py", "exec").co_consts[0]
    before, after = clamp.snapshots["cfg"], clamp.snapshots["optimized"]
    # The unreachable implicit 'return None' block is gone after optimization.
    assert len(before.blocks) == len(after.blocks) + 1
    assert before.blocks[-1].instructions[-1][1] == "RETURN_VALUE"
    # Laid out: the backward conditional jump became a forward one over a JUMP_BACKWARD.
    names = [row[1] for block in clamp.snapshots["assembled"].blocks for row in block.instructions]
    assert "JUMP" not in names and "POP_JUMP_IF_TRUE" not in names and "JUMP_BACKWARD" in names


def test_command_draws_the_blocks(tmp_path, capsys):
    path = tmp_path / "clamp.py"
    path.write_bytes(PROGRAM)
    assert main(["cfg", str(path), "--unit", "clamp", "--stage", "optimized"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("=== clamp (line 1): 5 blocks, after the CFG optimizer\n")
    assert "│ 2     COMPARE_OP           2 (<)" in out
    assert "│ 4     POP_JUMP_IF_TRUE     → B3" in out
    assert "└─▶ B1 (falls through), B2 (jump)" in out
    assert "<module>" not in out


def test_command_reports_syntax_errors_and_unknown_units(tmp_path, capsys):
    path = tmp_path / "bad.py"
    path.write_bytes(b"def f(:\n")
    assert main(["cfg", str(path)]) == 1
    assert "SyntaxError" in capsys.readouterr().err
    path.write_bytes(PROGRAM)
    assert main(["cfg", str(path), "--unit", "nothing"]) == 1
    assert "no code unit named nothing" in capsys.readouterr().err
