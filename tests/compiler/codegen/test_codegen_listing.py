"""The listing of instruction sequences (``clearpy explain``'s code-generation step)."""

import subprocess
import sys
from pathlib import Path

from clearpy.compiler.codegen_listing import show_code_units, unit_listings

ROOT = Path(__file__).resolve().parents[3]


def test_every_unit_is_listed_module_first_with_labels_and_positions():
    listings = unit_listings("def f(n):\n    while n:\n        n -= 1\n    return [i for i in n]\n")
    assert [name for name, _ in listings] == ["<module>", "f"]
    module, function = (lines for _, lines in listings)
    assert any("LOAD_CONST 0 (<code f>)" in line for line in module)
    assert any(line.strip() == "L1:" for line in function)
    assert any("POP_JUMP_IF_FALSE L" in line and "2:10-2:11" in line for line in function)
    # The inlined comprehension's exception handler is still a pseudo-instruction.
    assert any("SETUP_FINALLY L" in line for line in function)


def test_artificial_instructions_have_no_position():
    text = show_code_units("x = 1\n")
    last = text.splitlines()[-1]
    assert last.strip() == "RETURN_VALUE"


def test_explain_shows_the_code_generation_step(tmp_path):
    program = tmp_path / "program.py"
    program.write_text("for i in range(3):\n    print(i)\n")
    result = subprocess.run([sys.executable, "-m", "clearpy", "explain", str(program)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Code generation" in result.stdout
    assert "FOR_ITER L" in result.stdout
