"""dunder_add: arithmetic operators on user classes (__add__, __mul__, __radd__...).

``a + b`` on instances calls ``type(a).__add__(a, b)``; if that returns
NotImplemented (or ``b``'s type is a subclass that overrides the reflected
method), ``type(b).__radd__(b, a)`` is tried. ``a += b`` tries ``__iadd__``
first. A small fixed-point money type and a 2-d vector exercise all of these.

Exercises: BINARY_OP dispatch to Python-level dunders, NotImplemented,
reflected and in-place operators, __neg__, __abs__.
Size: tens of thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 33  # tens of thousands of iterations


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other * 100)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(self.cents * factor)

    def __neg__(self):
        return Money(-self.cents)

    def __iadd__(self, other):
        self.cents += other.cents
        return self


class Vector2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector2(self.x + other.x, self.y + other.y)

    def __mul__(self, factor):
        return Vector2(self.x * factor, self.y * factor)

    def __rmul__(self, factor):
        return Vector2(self.x * factor, self.y * factor)

    def __abs__(self):
        return abs(self.x) + abs(self.y)


def work(iterations):
    wallet = Money(0)
    position = Vector2(0, 0)
    step = Vector2(1, -2)
    for index in range(iterations):
        price = Money(index % 250)
        wallet += price * 2 - Money(3)
        wallet = 1 + wallet + 2
        wallet = wallet + (-price)
        position = position + step * (index & 3) + 2 * step
        if abs(position) > 10_000:
            position = Vector2(0, 0)
    return wallet.cents, position.x, position.y


def main(size):
    print(f"dunder_add: {size * 10_000} iterations, result {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
