"""dunder_eq: comparisons and hashing on user classes (__eq__, __lt__, __hash__).

``==`` calls ``__eq__`` (and its reflection), ``<`` calls ``__lt__``;
``sorted`` calls ``__lt__`` for every comparison it makes; ``in`` on a list
compares with ``==``; a dict or set with user keys calls ``__hash__`` and then
``__eq__`` on a hash match. functools.total_ordering fills in the rest.

Exercises: COMPARE_OP dispatch to Python-level dunders, rich comparison
fallbacks, hashing user objects, sorting with user comparisons.
Size: number of rounds over 2,000 objects.
"""

import functools
import sys

DEFAULT_SIZE = 117  # rounds


@functools.total_ordering
class Version:
    __slots__ = ("major", "minor", "patch")

    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


def make_versions(count):
    return [Version(index % 7, index * 7 % 11, index * 13 % 17) for index in range(count)]


def work(count):
    versions = make_versions(count)
    ordered = sorted(versions)
    distinct = set(versions)
    counts = {}
    for version in versions:
        counts[version] = counts.get(version, 0) + 1
    probe = Version(3, 5, 8)
    present = sum(1 for version in versions[:300] if version == probe)
    bigger = sum(1 for version in versions if version >= probe)
    return ordered[0], ordered[-1], len(distinct), max(counts.values()), present, bigger


def main(size):
    results = {repr(work(2_000)) for _ in range(size)}
    for result in sorted(results):
        print(f"dunder_eq x{size}: {result}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
