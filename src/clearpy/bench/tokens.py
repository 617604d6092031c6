"""Benchmark of stage 1: clearpy's tokenizer against CPython's, in one run.

Both tokenize every corpus file (read into memory first) from bytes, as
``tokenize.tokenize`` does, consuming every token. The report gives lines per
second for each and the ratio, then the peak memory of tokenizing the whole
corpus with clearpy (each file's tokens kept in a list while it is being
tokenized), measured in a fresh child process.
"""

import io
import tokenize as cpython_tokenize

from clearpy.bench import peak_memory, print_throughput, read_sources, time_each
from clearpy.corpus import corpus_files, corpus_sample
from clearpy.tokenizer import tokenize


def _consume(tokens) -> None:
    for _ in tokens:
        pass


def cpython_work(source) -> None:
    _consume(cpython_tokenize.tokenize(io.BytesIO(source.data).readline))


def clearpy_work(source) -> None:
    _consume(tokenize(source.data))


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
    print(f"tokenizing {len(sources):,} files ({lines:,} lines) with CPython, then with clearpy")
    cpython_seconds = time_each("CPython tokenize", sources, cpython_work)
    clearpy_seconds = time_each("clearpy tokenize", sources, clearpy_work)
    print_throughput("tokens", lines, clearpy_seconds, cpython_seconds)
    before, after = peak_memory(tokenize_everything, sources)
    print(f"  peak memory, whole corpus through clearpy: {after / 2**20:,.0f} MiB "
          f"(process before tokenizing: {before / 2**20:,.0f} MiB)")
    return 0
