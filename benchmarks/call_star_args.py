"""call_star_args: calls that unpack ``*args`` and ``**kwargs``, and functions taking them.

Unpacking a tuple or list into positional arguments, a dict into keyword
arguments, and collecting extra arguments into ``*args`` and ``**kwargs``
parameters, including the forwarding pattern of decorators and wrappers.

Exercises: CALL_FUNCTION_EX, tuple and dict building for the callee,
*args/**kwargs binding.
Size: tens of thousands of loop iterations (seven calls each).
"""

import sys

DEFAULT_SIZE = 44  # tens of thousands of iterations


def add3(a, b, c):
    return a + b + c


def collect(*args):
    return len(args) + (args[0] if args else 0)


def collect_all(*args, **kwargs):
    return len(args) * 10 + len(kwargs) + sum(kwargs.values())


def forward(*args, **kwargs):
    return add3(*args, **kwargs)


def work(iterations):
    total = 0
    triple = (1, 2, 3)
    pair = [4, 5]
    named = {"b": 6, "c": 7}
    for index in range(iterations):
        total += add3(*triple) + add3(index, *pair) + add3(index, **named)
        total += collect(index, 1, 2) + collect(*pair, index)
        total += collect_all(index, 2, x=3, y=index) + collect_all(**named)
        total += forward(index, 1, c=2) + forward(*triple)
        total &= 0xFFFFFFFF
    return total


def main(size):
    print(f"call_star_args: {size * 10_000} iterations, checksum {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
