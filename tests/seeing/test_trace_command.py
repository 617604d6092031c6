"""``clearpy trace`` as a user runs it: the readable trace, --function, --max-steps,
the program's arguments and exit status."""

import subprocess
import sys

PROGRAM = '''import sys

def square(x):
    result = x * x
    return result

def main():
    total = 0
    for n in range(3):
        total += square(n)
    print("total", total, sys.argv[1:])
    return total

sys.exit(main() - 5)
'''


def trace(tmp_path, *options):
    program = tmp_path / "squares.py"
    program.write_text(PROGRAM)
    return subprocess.run([sys.executable, "-m", "clearpy", "trace", "--no-color", *options,
                           str(program), "extra"], capture_output=True, text=True,
                          cwd=tmp_path, timeout=300)


def test_readable_trace_of_lines_calls_returns_and_output(tmp_path):
    completed = trace(tmp_path)
    assert completed.returncode == 0          # sys.exit(5 - 5)
    out = completed.stdout
    assert "→ call square(x=2)" in out
    assert "    4 │     result = x * x" in out
    assert "← return 4 from square" in out
    assert "⇒ stdout: \"total 5 ['extra']\\n\"" in out
    # 4 lines of the module, 16 of main and square (2 + 3 * 4 + 2).
    assert "end of program (exit status 0): 20 steps, 5 calls," in out


def test_function_keeps_only_that_functions_events(tmp_path):
    out = trace(tmp_path, "--function", "square").stdout
    assert out.count("→ call square") == 3
    assert "call main" not in out and "return 5 from main" not in out
    assert "for n in range(3)" not in out and "result = x * x" in out
    assert "6 steps" in out


def test_max_steps_stops_the_program(tmp_path):
    completed = trace(tmp_path, "--max-steps", "5")
    assert completed.returncode == 0
    assert "stopped at --max-steps" in completed.stdout
    assert "5 steps" in completed.stdout and "stdout" not in completed.stdout  # before the print


def test_instruction_level_with_stacks(tmp_path):
    out = trace(tmp_path, "--level", "instruction", "--function", "square").stdout
    assert "BINARY_OP            *" in out
    assert "[0, 0]  →  [0]" in out and "[2, 2]  →  [4]" in out


def test_a_missing_file_is_reported_as_python_does(tmp_path):
    completed = subprocess.run([sys.executable, "-m", "clearpy", "trace", "nowhere.py"],
                               capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert completed.returncode == 2
    assert "can't open file 'nowhere.py': [Errno 2] No such file or directory" in completed.stderr
