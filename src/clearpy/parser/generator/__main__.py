"""python -m clearpy.parser.generator [GRAMMAR OUTPUT]: write a parser module."""

import sys
from pathlib import Path

from clearpy.parser.generator import generate, regenerate


def main(argv: list[str]) -> int:
    if not argv:
        print(f"wrote {regenerate()}")
        return 0
    if len(argv) != 2:
        print("usage: python -m clearpy.parser.generator [GRAMMAR OUTPUT]", file=sys.stderr)
        return 2
    grammar, output = map(Path, argv)
    output.write_text(generate(grammar.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
