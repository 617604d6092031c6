"""fannkuch: pancake flipping over every permutation of n pancakes.

For a permutation of 1..n, look at the first number k and reverse the
order of the first k numbers; repeat until 1 comes first. The number of
flips this takes is the permutation's score. The program visits every
permutation (in the order produced by repeatedly rotating prefixes, so each
one is derived cheaply from the previous), and prints the largest score and
a checksum: the scores added with alternating signs.

Exercises: list slicing and reversal, while loops, integer arithmetic.
Size: number of times all permutations of 8 are scored.
"""

import sys

DEFAULT_SIZE = 16  # rounds over the 40,320 permutations of 8
N = 8


def flips(permutation):
    """How many prefix reversals bring 1 to the front (``permutation`` is copied)."""
    pancakes = permutation[:]
    count = 0
    first = pancakes[0]
    while first != 1:
        pancakes[:first] = pancakes[first - 1::-1]
        count += 1
        first = pancakes[0]
    return count


def fannkuch(n):
    permutation = list(range(1, n + 1))
    # counters[i] says how many more rotations of the first i+1 items are due.
    counters = list(range(n))
    checksum = 0
    most = 0
    sign = 1
    while True:
        score = flips(permutation)
        most = max(most, score)
        checksum += sign * score
        sign = -sign
        # Next permutation: rotate the shortest prefix whose counter is not spent.
        level = 1
        while True:
            if level == n:
                return checksum, most
            first = permutation[0]
            permutation[:level] = permutation[1:level + 1]
            permutation[level] = first
            if counters[level] > 0:
                counters[level] -= 1
                break
            counters[level] = level
            level += 1


def main(size):
    results = {fannkuch(N) for _ in range(size)}
    for checksum, most in sorted(results):
        print(f"fannkuch({N}) x{size}: checksum {checksum}, most flips {most}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
