"""``clearpy run``: run a Python program in clearpy's virtual machine.

    clearpy run FILE [ARGS...]        like python3.12 FILE ARGS
    clearpy run -c CODE [ARGS...]     like python3.12 -c CODE ARGS
    clearpy run -m MODULE [ARGS...]   like python3.12 -m MODULE ARGS
    clearpy run - [ARGS...]           read the program from standard input
    clearpy run                       the interactive prompt

The program sees what it would see under python3.12: ``sys.argv``,
``__main__``, the exit status, and uncaught exceptions printed exactly as
CPython prints them. Only clearpy's own failures are reported differently,
as ``clearpy: internal error``.

Options before the program follow python3.12's (``-u``, ``-B``, ``-W``,
``-X``, ``-i``, ``-q``, ``-E``, ``-s``, ``-S``, ``-I``, ``-O``); options clearpy
has no use for are accepted and ignored. ``--compiler=cpython|clearpy``
chooses the compile stage (CPython's ``compile()`` until clearpy's compiler
has landed).
"""

import os
import sys

USAGE = """usage: clearpy run [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (as python3.12's):
-B     : don't write .pyc files on import
-c cmd : program passed in as string (terminates option list)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered
-W arg : warning control
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
clearpy's own:
--compiler=cpython|clearpy : which compiler turns source into code objects
"""

# Options that take a value (the next argument, or the rest of this one).
_WITH_VALUE = set("cmWXQ")
_IGNORED = set("bdEsSIPROvxqBu")  # accepted; those that set sys.flags are in option_counts


class Options:
    def __init__(self):
        self.command = None      # -c
        self.module = None       # -m
        self.file = None         # a script, or "-"
        self.args = []
        self.inspect = False
        self.quiet = False
        self.unbuffered = False
        self.dont_write_bytecode = False
        self.warnoptions = []
        self.xoptions = {}
        self.isolated = False
        self.option_counts = {}  # each one-letter option given, and how many times (-OO: 2)
        self.compiler = "cpython"


def parse(argv: list[str]):
    """Parse python3.12's command line; return Options, or an exit status for -h/-V."""
    options = Options()
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument.startswith("--compiler="):
            options.compiler = argument.partition("=")[2]
            index += 1
            continue
        if argument in ("-h", "--help", "-?"):
            print(USAGE, end="")
            return 0
        if argument in ("-V", "--version"):
            print(f"Python {sys.version.split()[0]}")
            return 0
        if argument == "--":
            index += 1
            break
        if not argument.startswith("-") or argument == "-":
            break
        letters = argument[1:]
        position = 0
        while position < len(letters):
            letter = letters[position]
            if letter in _WITH_VALUE:
                value = letters[position + 1:]
                if not value:
                    index += 1
                    if index >= len(argv):
                        print(f"Argument expected for the -{letter} option", file=sys.stderr)
                        return 2
                    value = argv[index]
                if letter == "c":
                    options.command = value
                    options.args = ["-c", *argv[index + 1:]]
                    return options
                if letter == "m":
                    options.module = value
                    options.args = ["-m", *argv[index + 1:]]
                    return options
                if letter == "W":
                    options.warnoptions.append(value)
                elif letter == "X":
                    key, _, setting = value.partition("=")
                    options.xoptions[key] = setting or True
                break
            options.option_counts[letter] = options.option_counts.get(letter, 0) + 1
            if letter == "i":
                options.inspect = True
            elif letter == "q":
                options.quiet = True
            elif letter == "u":
                options.unbuffered = True
            elif letter == "B":
                options.dont_write_bytecode = True
            elif letter == "I":
                options.isolated = True
            elif letter not in _IGNORED:
                print(f"Unknown option: -{letter}\n{USAGE}", file=sys.stderr)
                return 2
            position += 1
        index += 1
    if index < len(argv):
        options.file = argv[index]
        options.args = argv[index:]
    else:
        options.args = [""]
    return options


def compile_stage(name: str):
    if name == "cpython":
        return None
    if name == "clearpy":
        import clearpy

        return clearpy.compile
    raise SystemExit(f"clearpy run: unknown compiler {name!r} (cpython or clearpy)")


def main(argv: list[str]) -> int:
    options = parse(argv)
    if isinstance(options, int):
        return options
    from clearpy.vm.program import Program

    if options.unbuffered:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.reconfigure(write_through=True)
            except (AttributeError, ValueError):
                pass
    if options.file not in (None, "-"):
        path = options.file
        if not os.path.exists(path):
            print(f"{sys.executable}: can't open file {os.path.abspath(path)!r}: "
                  f"[Errno 2] No such file or directory", file=sys.stderr)
            return 2
    program = Program(options, compile_stage(options.compiler))
    return program.run()
