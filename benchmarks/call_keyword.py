"""call_keyword: calls that pass arguments by keyword.

Keyword arguments have to be matched to parameter names: to positional-or-
keyword parameters, keyword-only parameters (after ``*``), in any order,
with the rest taking their defaults.

Exercises: CALL_KW / KW_NAMES, argument binding by name, keyword-only
parameters, defaults.
Size: tens of thousands of loop iterations (eight calls each).
"""

import sys

DEFAULT_SIZE = 100  # tens of thousands of iterations


def point(x, y, z=0):
    return x * 3 + y * 2 + z


def options(value, *, scale=1, offset=0, clamp=None):
    value = value * scale + offset
    if clamp is not None and value > clamp:
        return clamp
    return value


def mixed(a, b, /, c, *, d):
    return a + b + c + d


def work(iterations):
    total = 0
    for index in range(iterations):
        total += point(x=index, y=2) + point(y=index, x=1, z=3) + point(index, z=1, y=2)
        total += options(index, scale=2) + options(index, offset=5, clamp=100)
        total += options(value=index, clamp=7, scale=3, offset=1)
        total += mixed(1, 2, c=index, d=4) + mixed(1, 2, 3, d=index)
        total &= 0xFFFFFFFF
    return total


def main(size):
    print(f"call_keyword: {size * 10_000} iterations, checksum {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
