"""Run a program on CPython's virtual machine with clearpy's compiler.

    python -m clearpy.compiler.with_cpython_vm [OPTIONS] FILE [ARGS...]
    python -m clearpy.compiler.with_cpython_vm [OPTIONS] -m MODULE [ARGS...]
    python -m clearpy.compiler.with_cpython_vm [OPTIONS] -c CODE [ARGS...]

behaves like ``python3.12 FILE``, ``python3.12 -m MODULE`` and ``python3.12
-c CODE``, except that the program and every module it imports from source
(the stdlib's included) are compiled by ``clearpy.compile`` (see
``cpython_hook`` for how, and for what stays compiled by CPython). Options:

    --parser cpython   parse with CPython's parser: check clearpy's compiler alone
    --no-cache         compile every module, every time
    --compile-builtin  make compile() clearpy's too (doctests then run clearpy's code)
    --report           at exit, print to stderr which modules clearpy compiled

For example, CPython's own tests of the language, on clearpy's bytecode::

    python -m clearpy.compiler.with_cpython_vm -m unittest -v test.test_grammar

This module imports nothing but ``sys`` and ``os`` before installing the
hook, so that the stdlib modules a program uses are loaded after it.
"""

import os
import sys

USAGE = """\
usage: python -m clearpy.compiler.with_cpython_vm [--parser {clearpy,cpython}] [--no-cache]
           [--compile-builtin] [--report] (FILE | -m MODULE | -c CODE) [ARGS...]

Run a program with CPython's virtual machine and clearpy's compiler: every module
imported from source, and the program itself, is compiled by clearpy.compile."""


def parse_arguments(argv: list[str]):
    """``(options, kind, target, program arguments)``; kind is "file", "module" or "code".

    Options come first; the first ``-m``, ``-c`` or file name ends them, and
    everything after it belongs to the program (as with ``python3.12``).
    """
    options = {"parser": "clearpy", "cache": True, "report": False, "compile_builtin": False}
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument in ("-h", "--help"):
            print(USAGE)
            raise SystemExit(0)
        if argument == "--parser" and index + 1 < len(argv) and argv[index + 1] in ("clearpy", "cpython"):
            options["parser"] = argv[index + 1]
            index += 2
        elif argument.startswith("--parser=") and argument[9:] in ("clearpy", "cpython"):
            options["parser"] = argument[9:]
            index += 1
        elif argument == "--no-cache":
            options["cache"] = False
            index += 1
        elif argument == "--compile-builtin":
            options["compile_builtin"] = True
            index += 1
        elif argument == "--report":
            options["report"] = True
            index += 1
        elif argument in ("-m", "-c"):
            if index + 1 == len(argv):
                break
            kind = "module" if argument == "-m" else "code"
            return options, kind, argv[index + 1], argv[index + 2:]
        elif argument.startswith("-"):
            break
        else:
            return options, "file", argument, argv[index + 1:]
    print(USAGE, file=sys.stderr)
    raise SystemExit(2)


def fresh_main_module():
    """A new, empty ``__main__`` module in ``sys.modules``, as CPython makes at start-up.

    This module itself was run as ``__main__`` (by ``python -m``); the program
    must get a namespace of its own.
    """
    import builtins

    main = type(sys)("__main__")
    main.__builtins__ = builtins
    main.__annotations__ = {}  # CPython's __main__ has one from the start (pylifecycle.c)
    sys.modules["__main__"] = main
    return main


def run_module(module: str, arguments: list[str]) -> None:
    """``python -m MODULE``: runpy finds it through the hook, which compiles it."""
    import runpy

    fresh_main_module()
    sys.argv = ["-m", *arguments]  # runpy puts the module's path in sys.argv[0]
    runpy._run_module_as_main(module, alter_argv=True)  # what python -m itself calls


def compile_program(hook, source, filename: str):
    """The program's code; its SyntaxError is raised without clearpy's frames, as CPython shows it."""
    try:
        return hook.compile_source(source, filename)
    except hook.program_errors as error:
        raise error.with_traceback(None)


def run_file(hook, path: str, arguments: list[str]) -> None:
    """``python FILE``: compiled by clearpy, with no cache (as CPython does for a script)."""
    from importlib.machinery import SourceFileLoader

    with open(path, "rb") as file:
        source = file.read()
    sys.argv = [path, *arguments]
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    path = os.path.abspath(path)  # CPython's __main__.__file__ is absolute since 3.9
    code = compile_program(hook, source, path)
    hook.program = path
    main = fresh_main_module()
    main.__file__ = path
    main.__cached__ = None
    main.__loader__ = SourceFileLoader("__main__", path)
    main.__spec__ = None
    exec(code, main.__dict__)


def run_code(hook, text: str, arguments: list[str]) -> None:
    """``python -c CODE``."""
    from importlib.machinery import BuiltinImporter

    sys.argv = ["-c", *arguments]
    sys.path[0] = ""
    code = compile_program(hook, text, "<string>")
    hook.program = "-c"
    main = fresh_main_module()
    main.__loader__ = BuiltinImporter
    main.__spec__ = None
    exec(code, main.__dict__)


def _print_without_our_frames(error: BaseException) -> None:
    """Print an uncaught exception as CPython would, without this runner's frames."""
    traceback = error.__traceback__
    while traceback is not None and traceback.tb_frame.f_code.co_filename == __file__:
        traceback = traceback.tb_next
    # The hook prints the exception's own __traceback__ (pythonrun.c), so replace it.
    sys.excepthook(type(error), error.with_traceback(traceback), traceback)


def main(argv: list[str]) -> int:
    options, kind, target, arguments = parse_arguments(argv)
    from clearpy.compiler import cpython_hook

    # What CPython imported at start-up stays as it is (the codec registry holds
    # the search function of encodings, for one), except types, which holds no
    # state: imported again, it is compiled by clearpy (test_types tests it).
    keep = set(sys.modules) - {"types"}
    hook = cpython_hook.install(parser=options["parser"], cache=options["cache"], keep=keep,
                                compile_builtin=options["compile_builtin"])
    if options["report"]:
        import atexit

        atexit.register(lambda: print(hook.report(), file=sys.stderr))
    try:
        if kind == "module":
            run_module(target, arguments)
        elif kind == "file":
            run_file(hook, target, arguments)
        else:
            run_code(hook, target, arguments)
    except SystemExit:
        raise
    except FileNotFoundError as error:
        if kind != "file" or error.filename != target:
            _print_without_our_frames(error)
            return 1
        print(f"{sys.executable}: can't open file {os.path.abspath(target)!r}: "
              f"[Errno {error.errno}] {error.strerror}", file=sys.stderr)
        return 2
    except BaseException as error:  # the program's own uncaught exception
        _print_without_our_frames(error)
        return 130 if isinstance(error, KeyboardInterrupt) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
