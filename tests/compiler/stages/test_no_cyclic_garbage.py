"""A compile leaves no cyclic garbage behind.

CPython's compiler is C code: when ``compile()`` returns, everything it made
is gone, freed at once. clearpy's compiler is Python code, and any reference
cycle among its objects (a scope pointing back at its table, an exception
whose traceback holds the frame that holds the exception) outlives the
compile until the cycle collector runs: in ``clearpy run``, that is while the
user's program runs, and the memory tools would show the compiler's garbage
as the program's. So: compile, then ask the collector, which must find nothing.

The check runs in a fresh process (nothing else running there can make
garbage at the same moment), with the collector switched off during the
compiles, so that no collection hides what they leave.
"""

import subprocess
import sys
import sysconfig
import textwrap

# Big, ordinary modules of the standard library: classes, closures, comprehensions,
# f-strings, try/except, decorators; and sources that the tokenizer, the parser,
# the symbol table or the compiler reject.
MODULES = ("dataclasses.py", "json/decoder.py", "asyncio/tasks.py")
BAD_SOURCES = (
    "x = (", "def f(:\n pass", "'abc", "f'{'", "if x:\npass", "\tif 1:\n        pass",
    "1 = 2", "print 'x'", "x = $", "return 1", "nonlocal x", "def f(a, a): pass",
    b'print("b\xf6se")\n',
)

CHECK = textwrap.dedent("""
    import gc, sys, warnings
    from clearpy.compiler.compile import compile, parse_with_clearpy, set_parser

    set_parser(parse_with_clearpy)
    paths, bad_sources = sys.argv[1:], eval(sys.stdin.read())
    sources = [open(path, "rb").read() for path in paths]

    def compile_all():
        for path, source in zip(paths, sources):
            compile(source, path, "exec")
        with warnings.catch_warnings():
            warnings.simplefilter("error")   # SyntaxWarnings raised as SyntaxErrors too
            for source in bad_sources + ('"\\\\d"', "x is 1"):
                try:
                    compile(source, "<bad>", "exec")
                except SyntaxError:
                    pass
                else:
                    raise AssertionError(f"compiled: {source!r}")

    compile_all()      # once to import everything the compiler needs
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    compile_all()
    found = gc.collect()
    print(found, sorted({type(thing).__name__ for thing in gc.garbage}))
""")


def test_compiling_leaves_nothing_for_the_cycle_collector():
    stdlib = sysconfig.get_paths()["stdlib"]
    paths = [f"{stdlib}/{name}" for name in MODULES]
    result = subprocess.run([sys.executable, "-c", CHECK, *paths], input=repr(BAD_SOURCES),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 1) == ["0", "[]\n"], (
        f"objects the collector found after the compiles, and their types: {result.stdout}")
