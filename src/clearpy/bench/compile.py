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


def run(args, rest) -> int:
    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sources = _compilable(read_sources(files))
    lines = sum(source.lines for source in sources)
    warnings.simplefilter("ignore")

    # The compiler alone, from an AST. clearpy folds constants in place, so
    # each side gets trees of its own, made before the clock starts.
    trees = {source.path: ast.parse(source.data, str(source.path)) for source in sources}
    cpython_ast = time_each("CPython compile(tree)", sources,
                            lambda s: compile(trees[s.path], str(s.path), "exec",
                                              dont_inherit=True))
    trees = {source.path: ast.parse(source.data, str(source.path)) for source in sources}
    clearpy_ast = time_each("clearpy compiler(tree)", sources,
                            lambda s: compile_tree(trees[s.path], str(s.path), 0, -1))
    del trees
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
