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
has no use for are accepted and ignored.

Every stage is clearpy's by default: its tokenizer, parser, compiler and
virtual machine. ``--tokenizer=cpython``, ``--parser=cpython``,
``--compiler=cpython`` and ``--vm=cpython`` swap one stage for CPython's, so
that each stage can be checked alone (``clearpy.stages`` says which
combinations work; docs/swapping-stages.md shows them).
"""

import os
import sys

from clearpy.stages import STAGE_NAMES

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
clearpy's own (each stage is clearpy's unless swapped for CPython's):
--tokenizer=clearpy|cpython : who turns the source into tokens
--parser=clearpy|cpython    : who turns the tokens into a syntax tree
                              (CPython's parser reads CPython's tokens only)
--compiler=clearpy|cpython  : who turns the tree into code objects
--vm=clearpy|cpython        : who runs the code objects
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
        self.stages = {}           # --tokenizer=, --parser=, --compiler=, --vm=: stage -> choice
        self.python_options = []   # the options above, as given (for CPython's VM)


def parse(argv: list[str]):
    """Parse python3.12's command line; return Options, or an exit status for -h/-V."""
    options = Options()
    index = 0
    while index < len(argv):
        argument = argv[index]
        stage, equals, choice = argument[2:].partition("=")
        if argument.startswith("--") and stage in STAGE_NAMES:
            if not equals:
                index += 1
                if index >= len(argv):
                    print(f"clearpy run: {argument} expects clearpy or cpython", file=sys.stderr)
                    return 2
                choice = argv[index]
            options.stages[stage] = choice
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
        first = index  # this option's first argument (a value may follow it)
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
                if letter in "cm" and position:
                    # "-uc CODE": the options before the program are "-u".
                    options.python_options.append(argument[:position + 1])
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
        options.python_options += argv[first:index + 1]
        index += 1
    if index < len(argv):
        options.file = argv[index]
        options.args = argv[index:]
    else:
        options.args = [""]
    return options


def main(argv: list[str]) -> int:
    options = parse(argv)
    if isinstance(options, int):
        return options
    from clearpy.stages import StageChoiceError

    try:
        stages = stages_of(options)
    except StageChoiceError as error:
        print(f"clearpy run: {error}", file=sys.stderr)
        return 2
    if stages.vm == "cpython":
        return run_on_cpythons_vm(options, stages)
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
    program = Program(options, stages.compile_function(), cache_tag=stages.cache_tag())
    return program.run()


def stages_of(options):
    """The ``clearpy.stages.Stages`` the options chose (StageChoiceError if impossible):
    clearpy's own for every stage not named."""
    from clearpy.stages import Stages

    return Stages.choose(**options.stages)


def compile_stage(options):
    """The compile function of the front end the options chose, for clearpy's VM
    (None: CPython's own ``compile()``)."""
    return stages_of(options).compile_function()


def program_arguments(options) -> list[str]:
    """The program part of the command line: ``-c CODE ARGS``, ``-m MODULE ARGS``,
    ``FILE ARGS``, or nothing (the interactive prompt)."""
    if options.command is not None:
        return ["-c", options.command, *options.args[1:]]
    if options.module is not None:
        return ["-m", options.module, *options.args[1:]]
    if options.file is not None:
        return list(options.args)
    return []


def run_on_cpythons_vm(options, stages) -> int:
    """``--vm=cpython``: CPython runs the program, with clearpy's front end if chosen.

    The process becomes ``python3.12 [options] PROGRAM`` when the whole front end
    is CPython's too, and otherwise ``python3.12 [options] -m
    clearpy.compiler.with_cpython_vm ... PROGRAM``: CPython's VM, with every
    module compiled by the chosen tokenizer, parser and compiler.
    """
    program = program_arguments(options)
    command = [sys.executable, *options.python_options]
    if not stages.front_end_is_cpythons:
        if not program or program == ["-"] or options.file == "-":
            print("clearpy run: --vm=cpython with clearpy's front end runs a FILE, -m MODULE "
                  "or -c CODE (not standard input or the interactive prompt)", file=sys.stderr)
            return 2
        command += ["-m", "clearpy.compiler.with_cpython_vm",
                    *(f"--{name}={getattr(stages, name)}" for name in ("tokenizer", "parser",
                                                                         "compiler"))]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, command + program)
