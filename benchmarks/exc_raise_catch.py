"""exc_raise_catch: raising exceptions and catching them, near and far.

An exception raised in a function unwinds to the nearest handler, which may
be in the same frame or several calls up; ``except`` clauses are tried in
order, by class (subclasses match), and ``as`` binds the exception object.
Also here: the look-before-you-leap alternative (dict.get) next to EAFP
(KeyError), and exception chaining with ``raise ... from``.

Exercises: RAISE_VARARGS, the exception table, CHECK_EXC_MATCH, PUSH_EXC_INFO,
traceback objects, exception instantiation.
Size: thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 304  # thousands of iterations


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no {key!r}")
        self.key = key


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def deep(depth):
    if depth == 0:
        raise ValueError(depth)
    return deep(depth - 1)


def work(iterations):
    table = {index: index * 2 for index in range(0, 100, 2)}
    caught = 0
    total = 0
    for index in range(iterations):
        key = index % 100
        try:
            total += lookup(table, key)
        except NotFound as error:
            caught += 1
            total += error.key
        try:
            deep(index % 5)
        except (TypeError, ValueError) as error:
            total += error.args[0] + 1
        try:
            int("x" if index & 1 else "12")
        except ValueError:
            caught += 1
        else:
            total += 12
        try:
            raise AppError("direct")
        except AppError:
            caught += 1
    return caught, total


def main(size):
    print(f"exc_raise_catch: {size * 1000} iterations, result {work(size * 1000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
