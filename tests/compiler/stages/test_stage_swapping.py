"""Stage swapping: ``clearpy run`` is clearpy's from end to end, and any stage can be CPython's.

``clearpy.stages`` says which combinations work and what each one means
(the front end as a compile function, its cache tag); ``clearpy run
--tokenizer= --parser= --compiler= --vm=`` makes the swap.
"""

import ast
import subprocess
import sys

import pytest

from clearpy.commands import run as run_command
from clearpy.conformance.compile import compare_code_trees
from clearpy.stages import StageChoiceError, Stages

SAMPLE = '''\
"""A module with a bit of everything a front end handles."""
from __future__ import annotations
import sys
x: int = 1
def f(a, /, b=2, *c, d, **e) -> list[int]:
    total = 0
    for item in (a, b, *c):
        try:
            total += item if item is not None else 0
        except TypeError as error:
            raise ValueError(f"{item!r}") from error
    return [total, *e.values(), {k: v for k, v in e.items() if k in {"p", "q", "r"}}]
class C:
    def m(self):
        return super().__init__ or __class__
async def g():
    async with x as y:
        return [z async for z in y]
match x:
    case [1, *rest] if rest: pass
    case {"k": int(v)}: pass
'''


def test_every_stage_is_clearpys_by_default():
    assert Stages.choose() == Stages("clearpy", "clearpy", "clearpy", "clearpy")
    assert Stages.choose().swapped() == []
    assert Stages.choose().cache_tag() == "clearpy-312"


def test_cpythons_parser_brings_cpythons_tokenizer():
    stages = Stages.choose(parser="cpython")
    assert stages.tokenizer == "cpython"
    assert stages.swapped() == ["parser"]
    with pytest.raises(StageChoiceError, match="CPython's parser reads only CPython's tokens"):
        Stages.choose(tokenizer="clearpy", parser="cpython")


def test_unknown_choices_are_refused():
    with pytest.raises(StageChoiceError, match="unknown compiler 'pypy'"):
        Stages.choose(compiler="pypy")


@pytest.mark.parametrize("choice, tag", [
    ({}, "clearpy-312"),
    ({"tokenizer": "cpython"}, "clearpy-312-cpython-tokenizer"),
    ({"parser": "cpython"}, "clearpy-312-cpython-parser"),
    ({"compiler": "cpython"}, "clearpy-312-cpython-compiler"),
    ({"tokenizer": "cpython", "compiler": "cpython"}, "clearpy-312-cpython-tokenizer-cpython-compiler"),
    ({"parser": "cpython", "compiler": "cpython"}, sys.implementation.cache_tag),
    ({"vm": "cpython"}, "clearpy-312"),
])
def test_each_front_end_has_cache_files_of_its_own(choice, tag):
    assert Stages.choose(**choice).cache_tag() == tag


FRONT_ENDS = [{}, {"tokenizer": "cpython"}, {"parser": "cpython"}, {"compiler": "cpython"},
              {"tokenizer": "cpython", "compiler": "cpython"}]


@pytest.mark.parametrize("choice", FRONT_ENDS, ids=lambda choice: "-".join(choice) or "clearpy")
def test_every_front_end_compiles_as_cpython_does(choice):
    from clearpy.compiler import compile as compile_module

    saved = compile_module._parser
    try:
        compile_function = Stages.choose(**choice).compile_function()
        ours = compile_function(SAMPLE, "<sample>", "exec", dont_inherit=True)
        tree = compile_function(SAMPLE, "<sample>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        with pytest.raises(SyntaxError) as raised:
            compile_function("x = (1,\n", "<sample>", "exec", dont_inherit=True)
    finally:
        compile_module.set_parser(saved)
    differences = []
    compare_code_trees(ours, compile(SAMPLE, "<sample>", "exec", dont_inherit=True), differences)
    assert differences == []
    assert ast.dump(tree, include_attributes=True) == ast.dump(ast.parse(SAMPLE), include_attributes=True)
    assert raised.value.msg == "'(' was never closed"


def test_cpythons_whole_front_end_is_compile_itself():
    assert Stages.choose(parser="cpython", compiler="cpython").compile_function() is None


@pytest.mark.parametrize("argv, python_options, program", [
    (["-u", "prog.py", "a"], ["-u"], ["prog.py", "a"]),
    (["--parser=cpython", "-W", "error", "-c", "pass", "x"], ["-W", "error"], ["-c", "pass", "x"]),
    (["-uc", "pass"], ["-u"], ["-c", "pass"]),
    (["-Xdev", "--vm", "cpython", "-m", "json.tool", "-h"], ["-Xdev"], ["-m", "json.tool", "-h"]),
    (["-B"], ["-B"], []),
])
def test_run_splits_cpythons_options_from_the_program(argv, python_options, program):
    options = run_command.parse(argv)
    assert options.python_options == python_options
    assert run_command.program_arguments(options) == program


def test_run_reads_the_stage_options():
    options = run_command.parse(["--tokenizer", "cpython", "--compiler=cpython", "prog.py", "--vm=x"])
    assert options.stages == {"tokenizer": "cpython", "compiler": "cpython"}
    assert options.args == ["prog.py", "--vm=x"]  # after the program: the program's own


# What a program sees of the stages: whose VM runs it (the interpreted sys's
# functions are bound methods), the cache tag of its front end, and, on
# CPython's VM, the import hook that compiles with clearpy and its parser.
WHO = r'''
import sys, textwrap
vm = "cpython" if type(sys.settrace).__name__ == "builtin_function_or_method" else "clearpy"
hook = sys.modules.get("clearpy.compiler.cpython_hook")
if hook is not None:
    parser = sys.modules["clearpy.compiler.compile"]._parser.__name__
    hook = f"{hook._installed.compiler.compile.__name__}/{parser}"
print(vm, sys.implementation.cache_tag, hook, textwrap.fill("ab " * 4, 5).split())
'''

WORDS = "['ab', 'ab', 'ab', 'ab']"


@pytest.mark.parametrize("options, seen", [
    ([], "clearpy clearpy-312 None"),
    (["--compiler=clearpy"], "clearpy clearpy-312 None"),
    (["--tokenizer=cpython"], "clearpy clearpy-312-cpython-tokenizer None"),
    (["--parser=cpython"], "clearpy clearpy-312-cpython-parser None"),
    (["--compiler=cpython"], "clearpy clearpy-312-cpython-compiler None"),
    (["--parser=cpython", "--compiler=cpython"], "clearpy cpython-312 None"),
    (["--vm=cpython"], "cpython cpython-312 compile/parse_with_clearpy"),
    (["--vm=cpython", "--compiler=clearpy"], "cpython cpython-312 compile/parse_with_clearpy"),
    (["--vm=cpython", "--tokenizer=cpython"], "cpython cpython-312 compile/parse_with_cpython_tokens"),
    (["--vm=cpython", "--compiler=cpython"],
     "cpython cpython-312 compile_with_cpythons_compiler/parse_with_clearpy"),
    (["--vm=cpython", "--parser=cpython", "--compiler=cpython"], "cpython cpython-312 None"),
], ids=lambda value: " ".join(value) if isinstance(value, list) else "")
def test_clearpy_run_swaps_each_stage(options, seen, tmp_path):
    program = tmp_path / "who.py"
    program.write_text(WHO)
    result = subprocess.run([sys.executable, "-m", "clearpy", "run", *options, str(program)],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert (result.stderr, result.returncode) == ("", 0)
    assert result.stdout == f"{seen} {WORDS}\n"


def test_clearpy_run_refuses_an_impossible_combination():
    result = subprocess.run([sys.executable, "-m", "clearpy", "run", "--tokenizer=clearpy",
                             "--parser=cpython", "-c", "pass"], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == ("clearpy run: CPython's parser reads only CPython's tokens: "
                             "--tokenizer=clearpy needs --parser=clearpy\n")


def test_the_program_gets_cpythons_options_on_cpythons_vm(tmp_path):
    show = "import sys; print(sys.flags.optimize, sys.warnoptions, sys.argv)"
    result = subprocess.run([sys.executable, "-m", "clearpy", "run", "--vm=cpython", "-O",
                             "-W", "error", "-c", show, "a"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=300)
    assert result.stdout == "1 ['error'] ['-c', 'a']\n", result.stderr
