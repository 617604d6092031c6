"""Stage 4: the virtual machine, which runs CPython 3.12 bytecode.

How the pieces fit (one concept per module, as in PyPy's interpreter/):

    interpreter.py   an isolated interpreter: its sys, builtins, imports, threads
    program.py       one run of a program, from start-up to exit status
    code.py          a code object decoded once: instructions, stack depths, registers
    handlers/        what each instruction does, one small function per instruction
    fusion.py        the fast path: common instruction sequences fused into one handler
    eval_loop.py     the loop that runs handlers, and exception unwinding
    frame.py         frames (what sys._getframe() returns)
    function.py      interpreted functions;  arguments.py  binding call arguments
    calls.py         calling interpreted functions, methods and host callables
    generators.py    generators, coroutines, async generators
    class_builder.py __build_class__
    tracebacks.py    real tracebacks for interpreted frames ("carrier" frames)
    importer.py      the import system (with importlib run in the VM; imp_module.py)
    builtins_module.py, sys_module.py, hooks.py, atexit_module.py
                     the builtins and sys that interpreted programs see

docs/vm.md tells the whole story for a beginner.
"""
