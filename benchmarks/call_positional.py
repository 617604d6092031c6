"""call_positional: calls of plain functions with positional arguments.

The most common call there is: a module-level function called with 0 to 4
positional arguments, some parameters taking defaults. Each loop iteration
makes ten calls; the results are folded into a checksum.

Exercises: CALL with positional arguments, frame creation and return,
default values, global name lookup.
Size: tens of thousands of loop iterations (ten calls each).
"""

import sys

DEFAULT_SIZE = 93  # tens of thousands of iterations


def none():
    return 1


def one(a):
    return a + 1


def two(a, b):
    return a - b


def three(a, b, c):
    return a + b - c


def four(a, b, c, d):
    return a * b - c * d


def with_default(a, b=2, c=3):
    return a + b + c


def work(iterations):
    total = 0
    for index in range(iterations):
        total += none() + one(index) + two(index, 3) + three(index, 1, 2) + four(index, 2, 3, 4)
        total += with_default(index) + with_default(index, 1) + with_default(index, 1, 1)
        total += one(two(index, 1)) + three(one(index), two(1, index), none())
        total &= 0xFFFFFFFF
    return total


def main(size):
    print(f"call_positional: {size * 10_000} iterations, checksum {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
