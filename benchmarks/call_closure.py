"""call_closure: calling closures, making them, and nonlocal updates.

Inner functions read variables of the function that made them through
cells; ``nonlocal`` writes through the cell. Closures are made in the loop
too (a new function object each time), as with callbacks and lambdas.

Exercises: MAKE_FUNCTION with closures, LOAD_DEREF/STORE_DEREF, cells,
lambda, calls of closures.
Size: tens of thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 122  # tens of thousands of iterations


def make_adder(amount):
    def add(value):
        return value + amount
    return add


def make_counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def compose(first, second):
    return lambda value: second(first(value))


def work(iterations):
    add_two = make_adder(2)
    add_ten = make_adder(10)
    both = compose(add_two, add_ten)
    step = make_counter()
    total = 0
    for index in range(iterations):
        total += add_two(index) + add_ten(index) + both(index) + step() + step(2)
        scaled = (lambda value, factor=index & 7: value * factor)
        total += scaled(3) + make_adder(index)(1)
        total &= 0xFFFFFFFF
    return total


def main(size):
    print(f"call_closure: {size * 10_000} iterations, checksum {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
