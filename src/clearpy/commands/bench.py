"""``clearpy bench STAGE``: time a stage of clearpy against CPython's in one run."""

import argparse

from clearpy import bench


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clearpy bench",
        description="Run a stage of clearpy and the same stage of CPython 3.12 on the "
                    "same input in the same run, and print both speeds and their ratio.")
    parser.add_argument("stage", choices=sorted(bench.STAGES))
    parser.add_argument("--sample", type=int, metavar="N",
                        help="use a reproducible sample of N corpus files instead of all")
    args, rest = parser.parse_known_args(argv)
    return bench.load_stage(args.stage).run(args, rest) or 0
