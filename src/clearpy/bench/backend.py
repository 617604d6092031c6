"""``clearpy bench backend``: the back end's speed, against CPython's whole compiler.

For every file, clearpy's front end generates every code unit (not timed);
then clearpy's back end alone (CFG optimizer and assembler) turns copies of
those units into code objects, timed. The reference is CPython's entire
compiler on the same files (``compile(tree)`` from an AST: constant folding,
symbol tables, code generation, optimizer, assembler), so the ratio says what
share of CPython's whole compile time the back end alone takes.

Both sides are timed in CPU time (``time.process_time``): on a shared machine
other processes change the wall time of a run far more than its CPU time.
"""

import ast
import time
import warnings

from clearpy.bench import print_throughput, read_sources, time_each
from clearpy.bench.compile import _compilable
from clearpy.compiler.backend import optimize_and_assemble
from clearpy.compiler.compile import compile_tree
from clearpy.compiler.constants import ConstCache
from clearpy.compiler.recursion import collector_paused
from clearpy.corpus import corpus_files, corpus_sample


def _units_of(source) -> list:
    """Copies of every unit clearpy's front end hands to the back end for ``source``."""
    units = []

    def recording(sequence, metadata, code_flags, filename, const_cache=None):
        units.append((sequence.copy(), metadata.copy(), code_flags, filename))
        return optimize_and_assemble(sequence, metadata, code_flags, filename, const_cache)

    compile_tree(ast.parse(source.data, str(source.path)), str(source.path), 0, -1,
                 assemble=recording)
    return units


def run(args, rest) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sources = _compilable(read_sources(files))
    lines = sum(source.lines for source in sources)
    warnings.simplefilter("ignore")

    trees = {source.path: ast.parse(source.data, str(source.path)) for source in sources}
    cpython = time_each("CPython compile(tree)", sources,
                        lambda s: compile(trees[s.path], str(s.path), "exec", dont_inherit=True),
                        clock=time.process_time)
    del trees

    clearpy = 0.0
    units = instructions = 0
    with Progress(TextColumn("clearpy back end"), BarColumn(), MofNCompleteColumn(),
                  transient=True) as progress:
        task = progress.add_task("back end", total=len(sources))
        for source in sources:
            work = _units_of(source)
            units += len(work)
            instructions += sum(len(sequence) for sequence, *_ in work)
            cache = ConstCache()
            with collector_paused():       # as in a real compilation (compile_tree)
                start = time.process_time()
                for sequence, metadata, code_flags, filename in work:
                    optimize_and_assemble(sequence, metadata, code_flags, filename, cache)
                clearpy += time.process_time() - start
            progress.advance(task)
    print(f"{units:,} code units, {instructions:,} instructions before optimization")
    print_throughput("back end (CFG optimizer + assembler) vs CPython's whole compiler, CPU time",
                     lines, clearpy, cpython)
    print(f"  per instruction: {clearpy / instructions * 1e6:.2f} us; "
          f"per code unit: {clearpy / units * 1e6:.0f} us")
    return 0
