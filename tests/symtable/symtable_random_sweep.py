"""A long differential sweep over random programs, run by hand (not part of CI).

    .venv/bin/python tests/symtable/symtable_random_sweep.py --start 0 --count 100000

Writes a random program per seed (``symtable_program_generator``), and checks
that clearpy's symbol tables (or SyntaxError) are CPython's. Prints the counts
and the first few programs that differ, with their seeds.
"""

import argparse
import ast
import multiprocessing
import os
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from symtable_program_generator import random_program  # noqa: E402

from clearpy.conformance.symtable import compare_source  # noqa: E402


DEPTH = 4  # how deeply the programs nest (set from --depth)


def check_seed(seed: int) -> tuple[int, str, str | None]:
    """(seed, outcome, difference): outcome is 'unparsable', 'valid' or 'invalid'."""
    source = random_program(seed, DEPTH)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source)
        except (SyntaxError, RecursionError):
            return seed, "unparsable", None
        import symtable
        try:
            symtable.symtable(source, "<random>", "exec")
            outcome = "valid"
        except SyntaxError:
            outcome = "invalid"
        try:
            difference = compare_source(source, "<random>")
        except Exception as error:  # a crash in clearpy is a difference too
            difference = f"clearpy crashed: {type(error).__name__}: {error}"
    return seed, outcome, difference


def main() -> int:
    global DEPTH
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--depth", type=int, default=DEPTH, help="nesting depth of the programs")
    args = parser.parse_args()
    DEPTH = args.depth
    counts = {"unparsable": 0, "valid": 0, "invalid": 0}
    differing = []
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        seeds = range(args.start, args.start + args.count)
        for seed, outcome, difference in pool.imap_unordered(check_seed, seeds, chunksize=64):
            counts[outcome] += 1
            if difference:
                differing.append((seed, difference))
    differing.sort()
    print(f"{args.count} programs: {counts['valid']} valid, {counts['invalid']} invalid "
          f"(CPython's SyntaxError), {counts['unparsable']} unparsable; "
          f"{len(differing)} differ from CPython")
    for seed, difference in differing[:args.show]:
        print(f"--- seed {seed}: {difference}")
        print(random_program(seed, DEPTH))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
