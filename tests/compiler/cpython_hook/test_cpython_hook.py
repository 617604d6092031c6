"""The import hook: CPython running code compiled by clearpy (``clearpy.compiler.cpython_hook``).

Every test runs programs in fresh processes, under ``python3.12`` and under
``python -m clearpy.compiler.with_cpython_vm``, and compares what they did.
The hook's cache lives in one directory for the whole test session (shared
by the xdist workers), so the stdlib modules the programs import are
compiled once.
"""

import os
import subprocess
import sys
import textwrap

import pytest

from clearpy.compiler import cpython_hook

HOOK = [sys.executable, "-m", "clearpy.compiler.with_cpython_vm"]
CPYTHON = [sys.executable]


@pytest.fixture(scope="session")
def hook_cache(tmp_path_factory):
    # The parent of the session's base directory is shared by xdist's workers.
    directory = tmp_path_factory.getbasetemp().parent / "clearpy-hook-cache"
    directory.mkdir(exist_ok=True)
    return directory


@pytest.fixture
def run(hook_cache):
    """``run(command, *arguments, cwd=...)``: a finished process, text output."""
    def run(command, *arguments, cwd=None, extra_env=None):
        env = dict(os.environ, PYTHONHASHSEED="0")
        env[cpython_hook.CACHE_DIRECTORY_VARIABLE] = str(hook_cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # CPython may write its .pyc files: ours must not
        env.update(extra_env or {})
        return subprocess.run([*command, *arguments], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=300)
    return run


def write(directory, files: dict[str, str]):
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))


PROGRAM = {
    "main.py": """
        import sys
        import shapes
        from shapes.area import area, Square
        import textwrap, dataclasses, enum, contextlib, collections, json, fractions

        class Colour(enum.Enum):
            RED = 1
            GREEN = 2

        @dataclasses.dataclass(order=True)
        class Point:
            x: int
            y: int = 0

        def fib():
            a, b = 0, 1
            while True:
                yield a
                a, b = b, a + b

        @contextlib.contextmanager
        def tag(name):
            print(f"<{name}>")
            try:
                yield name.upper()
            finally:
                print(f"</{name}>")

        def describe(value):
            match value:
                case {"kind": "square", "side": side}:
                    return f"square of area {area(Square(side))}"
                case [first, *rest] if rest:
                    return f"list starting {first!r}, {len(rest)} more"
                case Point(x=0):
                    return "a point on the y axis"
                case _:
                    return "something else"

        async def countdown(n):
            for i in range(n, 0, -1):
                yield i

        async def collect():
            return [i async for i in countdown(3)]

        print(__name__, sys.argv[1:], shapes.NAME)
        print(textwrap.fill("the quick brown fox jumps over the lazy dog " * 3, 30))
        print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), Colour(2), Colour.RED.name)
        gen = fib()
        print([next(gen) for _ in range(12)])
        with tag("b") as inside:
            print(inside)
        for value in ({"kind": "square", "side": 3}, [1, 2, 3], Point(0, 4), 42):
            print(describe(value))
        print(collections.Counter("mississippi").most_common(2))
        print(json.dumps({"a": [1, 2.5, None]}, sort_keys=True), fractions.Fraction(3, 12))
        try:
            {}["missing"]
        except KeyError as error:
            print("caught", repr(error))
        import asyncio
        print(asyncio.run(collect()))
        squares = {n: n * n for n in range(5) if n % 2}
        print(squares, [(lambda k: k + 1)(k) for k in squares], (y := 10) + y)
        """,
    "shapes/__init__.py": """
        NAME = "shapes"
        """,
    "shapes/area.py": """
        class Square:
            def __init__(self, side):
                self.side = side

        def area(shape):
            return shape.side ** 2
        """,
}


def test_a_program_and_its_imports_behave_as_under_cpython(tmp_path, run):
    write(tmp_path, PROGRAM)
    expected = run(CPYTHON, "main.py", "one", "two", cwd=tmp_path)
    got = run(HOOK, "main.py", "one", "two", cwd=tmp_path)
    assert expected.returncode == 0, expected.stderr
    assert (got.stdout, got.stderr, got.returncode) == (expected.stdout, expected.stderr, 0)


MODULE_FACTS = """
    import sys, os, importlib.util
    import shapes.area, contextlib, types, textwrap, warnings
    from clearpy.compiler import cpython_hook
    hook = cpython_hook._installed
    for module in (shapes, shapes.area, contextlib, types, textwrap):
        print(module.__name__, type(module.__loader__).__name__,
              type(module.__loader__.get_code).__name__,
              module.__spec__.origin == module.__file__,
              module.__cached__ == importlib.util.cache_from_source(module.__file__),
              module.__file__ in hook.compiled)
    print("warnings", type(warnings.__loader__.get_code).__name__)
    print("encodings", sys.modules["encodings"].__spec__ is not None)
    print("compiler imports seen", hook.imported_while_compiling)
    print("shapes/__pycache__", os.path.exists(os.path.join("shapes", "__pycache__")))
    """


def test_modules_are_compiled_by_clearpy_with_the_usual_attributes(tmp_path, run):
    write(tmp_path, PROGRAM)
    result = run(HOOK, "-c", textwrap.dedent(MODULE_FACTS), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for name in ("shapes", "shapes.area", "contextlib", "types", "textwrap"):
        # types was imported by CPython's start-up (python -m): imported again, by clearpy
        assert f"{name} SourceFileLoader ClearpyGetCode True True True" in lines
    assert "warnings method" in lines  # shared by the compiler and the program
    assert "encodings True" in lines  # kept from start-up: the codec registry uses it
    assert "compiler imports seen []" in lines
    assert "shapes/__pycache__ False" in lines  # no CPython .pyc written for clearpy's code


def test_uncaught_exceptions_and_exit_status_look_like_cpython(tmp_path, run):
    write(tmp_path, {
        "fails.py": """
            def divide(a, b):
                return a / b

            print("before")
            divide(1,
                   0)
            """,
        "exits.py": """
            import sys
            print("bye")
            sys.exit(3)
            """,
        "syntax.py": """
            import broken
            """,
        "broken.py": """
            def f(:
                pass
            """,
    })
    for script in ("fails.py", "exits.py", "syntax.py", "broken.py", "missing.py"):
        expected = run(CPYTHON, script, cwd=tmp_path)
        got = run(HOOK, script, cwd=tmp_path)
        assert expected.returncode in (1, 2, 3)
        assert (got.stdout, got.stderr, got.returncode) == (
            expected.stdout, expected.stderr, expected.returncode), script


def test_dash_m_runs_a_module_and_a_package_as_main(tmp_path, run):
    write(tmp_path, {
        "tool/__init__.py": "",
        "tool/__main__.py": """
            import sys, os
            print(__name__, __spec__.name, os.path.basename(sys.argv[0]), sys.argv[1:])
            print(sorted(name for name in globals() if name.startswith("__")))
            """,
        "single.py": """
            import sys
            print(__name__, __spec__.name, sys.argv[1:], sys.path[0] == __import__("os").getcwd())
            """,
    })
    for arguments in (["-m", "tool", "x", "--flag"], ["-m", "single", "y"], ["-m", "no_such_module"],
                      ["-c", "import sys; print(sys.argv, __name__, sys.path[0] == '')", "z"],
                      ["-c", "print(1 +)"]):
        expected = run(CPYTHON, *arguments, cwd=tmp_path)
        got = run(HOOK, *arguments, cwd=tmp_path)
        assert (got.stdout, got.stderr.replace(HOOK[0], CPYTHON[0]), got.returncode) == (
            expected.stdout, expected.stderr, expected.returncode), arguments


def test_the_cache_is_reused_and_follows_the_source(tmp_path, run, hook_cache):
    write(tmp_path, {"main.py": "import values\nprint(values.VALUE)\n",
                     "values.py": "VALUE = 1\n"})
    first = run(HOOK, "--report", "main.py", cwd=tmp_path)
    assert first.stdout == "1\n", first.stderr
    second = run(HOOK, "--report", "main.py", cwd=tmp_path)
    assert second.stdout == "1\n"
    compiled = [line for line in second.stderr.splitlines() if line.startswith("clearpy compiled")]
    count = compiled[0].split(" and ")[1].split()[0]
    hits = compiled[0].split("modules (")[1].split()[0]
    assert count == hits != "0"  # everything came from the cache the first run wrote
    (tmp_path / "values.py").write_text("VALUE = 'changed, and longer'\n")
    third = run(HOOK, "main.py", cwd=tmp_path)
    assert third.stdout == "changed, and longer\n"
    without = run(HOOK, "--no-cache", "--report", "main.py", cwd=tmp_path)
    assert without.stdout == "changed, and longer\n" and "modules (no cache)" in without.stderr


def test_a_tracer_set_by_the_program_never_sees_the_compiler(tmp_path, run):
    write(tmp_path, {
        "main.py": """
            import sys
            seen = set()
            def tracer(frame, event, arg):
                seen.add(frame.f_code.co_filename)
                return tracer
            sys.settrace(tracer)
            import imported_while_traced
            sys.settrace(None)
            # The hook's finder and loader are seen, as CPython's importlib frames are;
            # the compiler (parser, code generator...) never.
            print(sorted(name.rsplit("/", 1)[-1] for name in seen if "clearpy" in name
                         and not name.endswith(("cpython_hook.py", "pyc_cache.py"))))
            print(imported_while_traced.VALUE)
            """,
        "imported_while_traced.py": "VALUE = [i * i for i in range(4)]\n",
    })
    result = run(HOOK, "main.py", cwd=tmp_path)
    assert result.stdout == "[]\n[0, 1, 4, 9]\n", result.stderr


def test_compile_builtin_makes_doctests_and_compile_use_clearpy(tmp_path, run):
    write(tmp_path, {
        "main.py": '''
            from __future__ import annotations
            import doctest, sys

            def squares(n):
                """
                >>> squares(4)
                [0, 1, 4, 9]
                >>> [x for x in "ab"]
                ['a', 'b']
                >>> 1 +
                Traceback (most recent call last):
                SyntaxError: invalid syntax
                """
                return [i * i for i in range(n)]

            print(doctest.testmod(sys.modules[__name__]))
            print(compile("x: y", "<s>", "exec").co_flags & 0x1000000,
                  compile("x: y", "<s>", "exec", dont_inherit=True).co_flags & 0x1000000)
            print(type(compile("x", "<s>", "eval", 0x400)).__name__)
            import ast
            for bad in (lambda: compile("pass", bytearray(b"f"), "exec"),
                        lambda: compile(ast.Module([], []), "<s>", "eval"),
                        lambda: compile("1 +", "<s>", "exec")):
                try:
                    bad()
                except Exception as error:
                    print(type(error).__name__, error)
            print(compile.__module__)
            ''',
    })
    expected = run(CPYTHON, "main.py", cwd=tmp_path)
    got = run(HOOK, "--compile-builtin", "main.py", cwd=tmp_path)
    assert expected.stdout.splitlines()[:3] == [
        "TestResults(failed=0, attempted=3)", "16777216 0", "Expression"]
    assert got.stdout.splitlines() == expected.stdout.splitlines()[:-1] + [
        "clearpy.compiler.cpython_hook"], got.stderr


def test_a_crash_of_the_compiler_is_clearpys_internal_error():
    def crash():
        raise KeyError("a bug")

    with pytest.raises(cpython_hook.ClearpyCompilerCrash, match="clearpy: internal error: "
                       "clearpy.compile failed on x.py: KeyError: 'a bug'"):
        cpython_hook.checked("x.py", crash, (SyntaxError,))

    def syntax_error():
        raise SyntaxError("invalid syntax")

    with pytest.raises(SyntaxError):  # the program's error, not clearpy's
        cpython_hook.checked("x.py", syntax_error, (SyntaxError,))


def test_the_cache_directory_names_the_compiler_sources_and_the_parser(monkeypatch, tmp_path):
    monkeypatch.setenv(cpython_hook.CACHE_DIRECTORY_VARIABLE, str(tmp_path))
    ours = cpython_hook.cache_directory("clearpy")
    assert os.path.dirname(ours) == str(tmp_path)
    assert ours == cpython_hook.cache_directory("clearpy") != cpython_hook.cache_directory("cpython")


def test_compiler_tests_command_on_two_small_modules(run):
    result = run([sys.executable, "-m", "clearpy"], "conformance", "compiler-tests",
                 "test_unpack", "test_augassign")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "test_unpack" in result.stdout and "test_augassign" in result.stdout
    assert ("9 of 9 tests that pass under CPython pass under clearpy-compiled (100.0%"
            in result.stdout)


def test_parser_option_chooses_the_parser_clearpy_compile_uses(tmp_path, run):
    show = "import clearpy.compiler.compile as c; print(c._parser.__name__, sum(x * x for x in [1, 2]))"
    assert run(HOOK, "-c", show, cwd=tmp_path).stdout == "parse_with_clearpy 5\n"
    assert run(HOOK, "--parser", "cpython", "-c", show, cwd=tmp_path).stdout == "parse_with_cpython 5\n"
