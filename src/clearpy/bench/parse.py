"""``clearpy bench parse``: clearpy's parser against ast.parse, in the same run.

Both parse every corpus file from its bytes (clearpy's time includes
tokenizing, as ast.parse's does). Files CPython rejects count too: they are
part of the work. Then the peak memory of parsing the largest corpus file,
each in a fresh process.
"""

import ast
import warnings

from clearpy.bench import peak_memory, print_throughput, read_sources, time_each
from clearpy.corpus import corpus_files, corpus_sample, relative_name


def _parse_with_clearpy(data: bytes, filename: str):
    from clearpy.parser import parse
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse(data, filename)


def _parse_with_cpython(data: bytes, filename: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(data, filename)


def run(args, rest) -> int:
    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sources = read_sources(files)
    lines = sum(source.lines for source in sources)
    import clearpy.parser.generated  # noqa: F401  (import time is not parse time)

    cpython = time_each("ast.parse", sources, lambda s: _parse_with_cpython(s.data, str(s.path)))
    ours = time_each("clearpy.parse", sources, lambda s: _parse_with_clearpy(s.data, str(s.path)))
    print_throughput("parse", lines, ours, cpython)

    largest = max(sources, key=lambda source: len(source.data))
    print(f"peak memory parsing the largest file, {relative_name(largest.path)} "
          f"({largest.lines:,} lines, {len(largest.data):,} bytes):")
    for label, function in (("CPython", _parse_with_cpython), ("clearpy", _parse_with_clearpy)):
        before, after = peak_memory(function, largest.data, str(largest.path))
        print(f"  {label}: {after / 2**20:8.1f} MiB peak ({(after - before) / 2**20:+.1f} MiB for the parse)")
    return 0
