"""``clearpy.Interpreter``: isolated interpreter states inside one host process.

Each interpreter has its own ``sys`` (``sys.modules``, ``sys.path``), its own
``builtins`` and its own imports; ``exec``, ``eval``, ``run_path`` and
``run_module`` run code in it. The expected values are what CPython's
``exec``/``eval``/``runpy`` give for the same code.
"""

import runpy
import sys
import textwrap
import traceback

import pytest

import clearpy


@pytest.fixture
def library(tmp_path):
    """A directory with a module and a package runnable with -m."""
    (tmp_path / "api_sample_module.py").write_text(textwrap.dedent("""\
        import sys
        VALUE = 42
        NAME = __name__
        ARGV = list(sys.argv)
    """))
    package = tmp_path / "api_sample_package"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "__main__.py").write_text("RESULT = 7\nNAME = __name__\n")
    return tmp_path


def make(library, **options):
    return clearpy.Interpreter(path=[str(library), *sys.path[1:]], **options)


def test_eval_and_exec_give_what_cpython_gives():
    interpreter = clearpy.Interpreter()
    assert interpreter.eval("1 + 2 * 3") == eval("1 + 2 * 3")
    assert interpreter.eval("  x * 2", {"x": 21}) == 42
    namespace = interpreter.exec("def f(n):\n    return [i * n for i in range(3)]\ny = f(2)")
    assert namespace["y"] == [0, 2, 4]
    assert namespace["__name__"] == "__main__"
    # The interpreted function is callable from host code, and binds as a method.
    assert sorted([3, -1, 2], key=interpreter.eval("lambda n: -n")) == [3, 2, -1]
    assert namespace["f"](5) == [0, 5, 10]
    namespace = interpreter.exec("class C:\n    def m(self):\n        return 'bound'")
    assert namespace["C"]().m() == "bound"


def test_exec_and_eval_with_given_namespaces_and_code_objects():
    interpreter = clearpy.Interpreter()
    globals_, locals_ = {}, {}
    interpreter.exec("a = 1\nglobal b\nb = 2", globals_, locals_)
    assert locals_ == {"a": 1} and globals_["b"] == 2
    assert "__builtins__" in globals_
    code = compile("a + b", "<expr>", "eval")
    assert interpreter.eval(code, {"a": 3, "b": 4}) == 7


def test_program_errors_reach_the_caller_with_the_programs_traceback():
    interpreter = clearpy.Interpreter()
    with pytest.raises(ZeroDivisionError) as caught:
        interpreter.exec("def f():\n    return 1 / 0\nf()")
    frames = [(entry.name, entry.lineno) for entry in traceback.extract_tb(caught.tb)
              if entry.filename == "<string>"]
    assert frames == [("<module>", 3), ("f", 2)]
    with pytest.raises(SyntaxError) as caught:
        interpreter.eval("1 +")
    assert caught.value.msg == "invalid syntax"


def test_interpreters_have_their_own_modules_path_and_builtins(library):
    first = make(library)
    second = clearpy.Interpreter()
    assert first.sys is not second.sys and first.sys is not sys
    assert first.builtins is not second.builtins
    namespace = first.exec("import api_sample_module\nvalue = api_sample_module.VALUE")
    assert namespace["value"] == 42
    assert "api_sample_module" in first.modules
    assert "api_sample_module" not in second.modules
    assert "api_sample_module" not in sys.modules
    assert first.eval("__import__('sys').path[0]") == str(library)
    assert second.eval("__import__('sys').path[0]") != str(library)
    # A change to one interpreter's builtins is not seen by the other, nor by the host.
    first.exec("import builtins\nbuiltins.shared_name = 1")
    assert first.eval("shared_name") == 1
    with pytest.raises(NameError, match="shared_name"):
        second.eval("shared_name")
    import builtins
    assert not hasattr(builtins, "shared_name")
    # sys.modules['sys'] of an interpreter is its own sys.
    assert first.eval("__import__('sys')") is first.sys


def test_each_interpreter_has_its_own_recursion_limit_and_argv():
    first = clearpy.Interpreter(argv=["prog", "x"])
    second = clearpy.Interpreter()
    first.exec("import sys\nsys.setrecursionlimit(123)")
    assert first.eval("__import__('sys').getrecursionlimit()") == 123
    assert second.eval("__import__('sys').getrecursionlimit()") == 1000
    assert first.eval("__import__('sys').argv") == ["prog", "x"]


def test_run_path_is_runpy_run_path(library):
    interpreter = make(library)
    path = str(library / "api_sample_module.py")
    got = interpreter.run_path(path, run_name="sample")
    expected = runpy.run_path(path, run_name="sample")
    assert (got["VALUE"], got["NAME"], got["__file__"]) == \
        (expected["VALUE"], expected["NAME"], expected["__file__"])
    assert interpreter.run_path(path)["NAME"] == "__main__"


def test_run_module_is_runpy_run_module(library):
    interpreter = make(library)
    got = interpreter.run_module("api_sample_package")
    assert (got["RESULT"], got["NAME"]) == (7, "api_sample_package.__main__")
    got = interpreter.run_module("api_sample_module", run_name="__main__")
    assert got["NAME"] == "__main__"
    # Without alter_sys, the interpreter's sys.argv and sys.modules are left alone.
    assert "__main__" not in interpreter.modules or \
        interpreter.modules["__main__"].__dict__ is not got
    with pytest.raises(ImportError) as expected:
        runpy.run_module("no_such_module_here")
    with pytest.raises(ImportError) as got:
        interpreter.run_module("no_such_module_here")
    assert str(got.value) == str(expected.value)


def test_stdlib_modules_are_compiled_and_run_in_the_interpreter():
    interpreter = clearpy.Interpreter()
    namespace = interpreter.exec(textwrap.dedent("""\
        import json, collections
        counts = collections.Counter('abracadabra')
        text = json.dumps(counts, sort_keys=True)
    """))
    assert namespace["text"] == '{"a": 5, "b": 2, "c": 1, "d": 1, "r": 2}'
    json_module = interpreter.modules["json"]
    assert json_module is not sys.modules.get("json")
    # json's functions are interpreted functions, like those the program defines.
    assert type(json_module.dumps) is type(interpreter.eval("lambda: 0"))
    assert type(json_module.dumps) is not type(runpy.run_path)


def test_the_compile_stage_can_be_clearpys_own():
    interpreter = clearpy.Interpreter(compile=clearpy.compile)
    assert interpreter.eval("[x * x for x in range(4)]") == [0, 1, 4, 9]
    assert interpreter.cache_tag == "clearpy-312"
