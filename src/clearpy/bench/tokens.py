"""Benchmark of stage 1: clearpy's tokenizer against CPython's, in one run.

Both tokenize every corpus file (read into memory first) from bytes, as
``tokenize.tokenize`` does, consuming every token. The report gives lines per
second for each and the ratio, counted in CPU time so that other work on the
machine does not distort it, then the same for the parser's view of the tokens
(``tokenize_for_parser``), and the peak memory of tokenizing the whole corpus
with clearpy (each file's tokens kept in a list while it is being tokenized),
measured in a fresh child process.
"""

import io
import time
import tokenize as cpython_tokenize
import warnings

from clearpy.bench import peak_memory, print_throughput, read_sources, time_each
from clearpy.corpus import corpus_files, corpus_sample
from clearpy.tokenizer import tokenize, tokenize_for_parser


def _consume(tokens) -> None:
    for _ in tokens:
        pass


def cpython_work(source) -> None:
    _consume(cpython_tokenize.tokenize(io.BytesIO(source.data).readline))


def clearpy_work(source) -> None:
    _consume(tokenize(source.data))


def clearpy_parser_work(source) -> None:
    _consume(tokenize_for_parser(source.data))


def tokenize_everything(sources) -> None:
    """Tokenize every source, keeping one file's tokens at a time (for the memory figure)."""
    for source in sources:
        try:
            tokens = list(tokenize(source.data))
        except Exception:
            tokens = None
        del tokens


def run(args, rest) -> int:
    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sources = read_sources(files)
    lines = sum(source.lines for source in sources)
    print(f"tokenizing {len(sources):,} files ({lines:,} lines) with CPython, then with clearpy "
          "(CPU time)")
    cpython_seconds = time_each("CPython tokenize", sources, cpython_work, time.process_time)
    clearpy_seconds = time_each("clearpy tokenize", sources, clearpy_work, time.process_time)
    print_throughput("tokens", lines, clearpy_seconds, cpython_seconds)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a few stdlib tests hold invalid escapes on purpose
        parser_seconds = time_each("clearpy tokenize_for_parser", sources, clearpy_parser_work,
                                   time.process_time)
    print(f"  clearpy, parser mode: {parser_seconds:8.2f} s  {lines / parser_seconds:12,.0f} lines/s")
    before, after = peak_memory(tokenize_everything, sources)
    print(f"  peak memory, whole corpus through clearpy: {after / 2**20:,.0f} MiB "
          f"(process before tokenizing: {before / 2**20:,.0f} MiB)")
    return 0
