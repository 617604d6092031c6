"""``clearpy conformance STAGE``: compare a stage with CPython over the stdlib."""

import argparse

from clearpy import conformance
from clearpy.corpus import corpus_files, corpus_sample


def main(argv: list[str]) -> int:
    # A stage that is not a sweep over files (vm-tests runs CPython's test
    # modules) has a main() of its own and takes the rest of the command line.
    if argv and argv[0] in conformance.STAGES:
        stage = conformance.load_stage(argv[0])
        if hasattr(stage, "main"):
            return stage.main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="clearpy conformance",
        description="Run one stage of clearpy and of CPython 3.12 on every file of the "
                    "stdlib (or the given files) and report where they differ.")
    parser.add_argument("stage", choices=sorted(conformance.STAGES))
    parser.add_argument("files", nargs="*", help="files to check instead of the whole stdlib")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="check a reproducible random sample of N corpus files")
    parser.add_argument("--jobs", "-j", type=int, metavar="J",
                        help="processes to use (default: one per core)")
    parser.add_argument("--show", type=int, default=50, metavar="N",
                        help="print at most N mismatches (default 50)")
    args = parser.parse_args(argv)
    if args.files:
        files = args.files
    elif args.sample:
        files = corpus_sample(args.sample)
    else:
        files = list(corpus_files())
    return 0 if conformance.run(args.stage, files, args.jobs, args.show) else 1
