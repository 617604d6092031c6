"""Fused blocks (vm/fusion.py) behave exactly as the plain handlers.

Most test programs are too short to get hot, so here every program of
programs/ runs with CLEARPY_WARM_UP=1: each code object is fused as soon as
it starts, and the whole run goes through fused blocks.
"""

import os
import subprocess
import sys

import pytest

from vm_helpers import ENVIRONMENT, PROGRAMS, run_python

PROGRAM_FILES = sorted(path.name for path in PROGRAMS.glob("*.py"))


@pytest.mark.parametrize("name", PROGRAM_FILES)
def test_program_runs_the_same_fused(name):
    expected = run_python([name], cwd=PROGRAMS)
    got = subprocess.run([sys.executable, "-m", "clearpy", "run", name], capture_output=True,
                         cwd=PROGRAMS, env={**ENVIRONMENT, "CLEARPY_WARM_UP": "1"}, timeout=300)
    assert got.stderr.decode() == expected.stderr.decode()
    assert got.stdout.decode() == expected.stdout.decode()
    assert got.returncode == expected.returncode


def _fused(source: str, name: str):
    from clearpy.vm import code as code_module
    from clearpy.vm.fusion import block_starts, compile_blocks

    module = compile(source, "<test>", "exec")
    co = next(const for const in module.co_consts if getattr(const, "co_name", None) == name)
    code = code_module.vm_code(co)
    code.ops()
    return code, block_starts(code), compile_blocks(code)


def test_blocks_start_at_jump_targets_and_handlers():
    code, starts, blocks = _fused(
        "def f(items):\n"
        "    total = 0\n"
        "    for item in items:\n"
        "        try:\n"
        "            total += 10 // item\n"
        "        except ZeroDivisionError:\n"
        "            total -= 1\n"
        "    return total\n", "f")
    assert starts[0] == 0 and set(blocks) == set(starts)
    for site in code.sites:
        if site.target is not None:
            assert site.target in starts
    for handler in code.handlers:
        if handler is not None:
            assert handler[0] in starts


def test_each_line_of_a_block_names_its_instruction():
    from clearpy.vm.fused_positions import LINES_KEY

    code, starts, blocks = _fused("def g(a, b):\n    c = a + b\n    return c * 2\n", "g")
    block = blocks[0]
    lines = block.__globals__[LINES_KEY]
    assert lines[block.__code__.co_firstlineno] == 0
    indexes = [lines[line] for _, _, line in block.__code__.co_lines() if line is not None]
    assert indexes == sorted(indexes)   # the instructions in order, each on its own lines
    assert max(indexes) == len(code.sites) - 1
