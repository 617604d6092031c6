"""``clearpy bench compile``: the compiler's speed against CPython's, in one run.

Two measurements over the same files:

* **from AST**: the compiler alone. Every file is parsed beforehand (not
  timed); clearpy runs its whole compiler on the tree (constant folding,
  symbol tables, code generation, CFG optimizer, assembler), CPython runs
  ``compile(tree)``.
* **from source**: the whole pipeline, ``clearpy.compile(source)`` against
  ``compile(source)``, parsing included (with the parser ``clearpy.compile``
  currently uses).

Targets: from AST at least 30,000 lines/s, from source at least 10,000.
"""

import ast
import gc
import time
import warnings

from clearpy.bench import print_throughput, read_sources, time_each
from clearpy.compiler.compile import compile as clearpy_compile
from clearpy.compiler.compile import compile_tree
from clearpy.corpus import corpus_files, corpus_sample

TARGET_FROM_AST = 30_000
TARGET_FROM_SOURCE = 10_000


def _compilable(sources):
    """The sources CPython compiles (a few corpus files are deliberately invalid)."""
    kept = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for source in sources:
            try:
                compile(source.data, str(source.path), "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                continue
            kept.append(source)
    return kept


def _time_from_trees(label: str, sources, compile_tree_function) -> float:
    """Seconds spent compiling each file's tree; parsing it first is not timed.

    Each tree is made just before it is compiled and dropped after, as when a
    program is compiled: keeping all the corpus's trees alive at once would
    make every run of Python's cycle collector (clearpy allocates Python
    objects, CPython's compiler does not) walk millions of nodes.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    total = 0.0
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), transient=True) as progress:
        task = progress.add_task(label, total=len(sources))
        for source in sources:
            tree = ast.parse(source.data, str(source.path))
            gc.collect()
            start = time.perf_counter()
            compile_tree_function(tree, str(source.path))
            total += time.perf_counter() - start
            del tree
            progress.advance(task)
    return total


def run(args, rest) -> int:
    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sources = _compilable(read_sources(files))
    lines = sum(source.lines for source in sources)
    warnings.simplefilter("ignore")

    # The compiler alone, from an AST.
    cpython_ast = _time_from_trees("CPython compile(tree)", sources,
                                   lambda tree, name: compile(tree, name, "exec",
                                                              dont_inherit=True))
    clearpy_ast = _time_from_trees("clearpy compiler(tree)", sources,
                                   lambda tree, name: compile_tree(tree, name, 0, -1))
    print_throughput("compile from AST (compiler alone)", lines, clearpy_ast, cpython_ast)
    print(f"  target:  {TARGET_FROM_AST:,} lines/s: "
          f"{'met' if lines / clearpy_ast >= TARGET_FROM_AST else 'NOT met'}")

    # The whole pipeline, from source.
    cpython_source = time_each("CPython compile(source)", sources,
                               lambda s: compile(s.data, str(s.path), "exec", dont_inherit=True))
    clearpy_source = time_each("clearpy.compile(source)", sources,
                               lambda s: clearpy_compile(s.data, str(s.path), "exec",
                                                         dont_inherit=True))
    print_throughput("compile from source (whole pipeline)", lines, clearpy_source,
                     cpython_source)
    print(f"  target:  {TARGET_FROM_SOURCE:,} lines/s: "
          f"{'met' if lines / clearpy_source >= TARGET_FROM_SOURCE else 'NOT met'}")
    return 0
