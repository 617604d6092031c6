"""``clearpy bench parse``: clearpy's parser against ast.parse, in the same run.

Both parse every corpus file from its bytes (clearpy's time includes
tokenizing, as ast.parse's does); files CPython rejects count too, they are
part of the work. The two are interleaved file by file, so that a change in
the machine's load affects both alike; CPU time is shown beside wall time for
the same reason. Then the peak memory of parsing the largest corpus file, each
in a fresh Python process.
"""

import ast
import gc
import json
import subprocess
import sys
import time
import warnings

from clearpy.bench import read_sources
from clearpy.corpus import corpus_files, corpus_sample, relative_name


def _clearpy_parse(data: bytes, filename: str):
    from clearpy.parser import parse
    return parse(data, filename)


def _time_both(sources):
    """(clearpy wall, clearpy cpu, CPython wall, CPython cpu) over all sources."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    totals = [0.0, 0.0, 0.0, 0.0]
    gc.collect()
    with warnings.catch_warnings(), Progress(TextColumn("parse"), BarColumn(),
                                             MofNCompleteColumn(), transient=True) as progress:
        warnings.simplefilter("ignore")
        task = progress.add_task("parse", total=len(sources))
        for source in sources:
            for slot, parse in ((0, _clearpy_parse), (2, ast.parse)):
                wall, cpu = time.perf_counter(), time.process_time()
                try:
                    parse(source.data, str(source.path))
                except (SyntaxError, ValueError, MemoryError, RecursionError):
                    pass
                totals[slot] += time.perf_counter() - wall
                totals[slot + 1] += time.process_time() - cpu
            progress.advance(task)
    return totals


# The high-water mark of resident memory, from /proc (VmHWM): unlike
# ru_maxrss, it starts afresh in a new program, not at the size of the
# process that started it.
_MEASURE = """
import ast, json, sys, warnings
def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
warnings.simplefilter("ignore")
data = open(sys.argv[2], "rb").read()
if sys.argv[1] == "clearpy":
    from clearpy.parser import parse
    import clearpy.parser.generated
else:
    parse = ast.parse
before = peak()
tree = parse(data, sys.argv[2])
after = peak()
print(json.dumps([before, after]))
"""


def _peak_memory(which: str, path) -> tuple[int, int]:
    """(peak resident bytes before the parse, after it) in a fresh process."""
    result = subprocess.run([sys.executable, "-c", _MEASURE, which, str(path)],
                            capture_output=True, text=True, check=True)
    before, after = json.loads(result.stdout)
    return before, after


def run(args, rest) -> int:
    files = corpus_sample(args.sample) if args.sample else list(corpus_files())
    sources = read_sources(files)
    lines = sum(source.lines for source in sources)
    import clearpy.parser.generated  # noqa: F401  (importing is not parsing)

    ours_wall, ours_cpu, theirs_wall, theirs_cpu = _time_both(sources)
    print(f"parse: {len(sources):,} files, {lines:,} lines (clearpy includes its tokenizer)")
    print(f"  CPython ast.parse: {theirs_wall:8.2f} s  {lines / theirs_wall:10,.0f} lines/s"
          f"   (CPU {theirs_cpu:.2f} s, {lines / theirs_cpu:,.0f} lines/s)")
    print(f"  clearpy.parse:     {ours_wall:8.2f} s  {lines / ours_wall:10,.0f} lines/s"
          f"   (CPU {ours_cpu:.2f} s, {lines / ours_cpu:,.0f} lines/s)")
    print(f"  ratio: clearpy takes {ours_wall / theirs_wall:.2f}x CPython's time "
          f"({ours_cpu / theirs_cpu:.2f}x in CPU time)")

    largest = max(sources, key=lambda source: len(source.data))
    print(f"peak memory parsing the largest file, {relative_name(largest.path)} "
          f"({largest.lines:,} lines, {len(largest.data):,} bytes), each in a fresh process:")
    for label, which in (("CPython", "cpython"), ("clearpy", "clearpy")):
        before, after = _peak_memory(which, largest.path)
        print(f"  {label}: {after / 2**20:8.1f} MiB peak "
              f"({(after - before) / 2**20:+.1f} MiB during the parse)")
    return 0
