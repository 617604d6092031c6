"""chaos: the chaos game played with spline curves, drawn into a grid of pixels.

The chaos game draws a fractal by repeatedly moving a point part of the way
towards a randomly chosen attractor and plotting where it lands. Here the
attractors are not fixed points but three smooth curves (uniform cubic
B-splines, evaluated by blending four control points with the B-spline
basis functions); each move picks a curve and a random position along it,
and the point jumps half-way there. After a few thousand moves the grid
holds a fuzzy, self-similar picture; its pixel counts are the checksum.

Exercises: a small vector class with operator dunders, float maths,
random.Random (its pure-Python methods), 2-d lists.
Size: thousands of moves.
"""

import random
import sys

DEFAULT_SIZE = 196  # thousands of moves
WIDTH, HEIGHT = 128, 96


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return Vector(self.x * factor, self.y * factor)

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vector({self.x:.6f}, {self.y:.6f})"


class Spline:
    """A uniform cubic B-spline through a list of control points."""

    def __init__(self, points):
        if len(points) < 4:
            raise ValueError("a cubic spline needs at least four control points")
        self.points = points

    @property
    def segments(self):
        return len(self.points) - 3

    def __call__(self, t):
        """The point at parameter ``t`` in [0, 1)."""
        position = t * self.segments
        segment = min(int(position), self.segments - 1)
        u = position - segment
        p0, p1, p2, p3 = self.points[segment:segment + 4]
        # The four cubic B-spline basis functions; they always add up to 1.
        b0 = (1 - u) ** 3 / 6
        b1 = (3 * u ** 3 - 6 * u ** 2 + 4) / 6
        b2 = (-3 * u ** 3 + 3 * u ** 2 + 3 * u + 1) / 6
        b3 = u ** 3 / 6
        return p0 * b0 + p1 * b1 + p2 * b2 + p3 * b3


def attractors():
    return [
        Spline([Vector(0.0, 0.0), Vector(0.1, 0.6), Vector(0.3, 1.0), Vector(0.5, 0.9),
                Vector(0.6, 0.4)]),
        Spline([Vector(1.0, 0.0), Vector(0.8, 0.3), Vector(0.9, 0.7), Vector(0.7, 1.0)]),
        Spline([Vector(0.2, 0.1), Vector(0.4, 0.0), Vector(0.6, 0.2), Vector(0.8, 0.1),
                Vector(1.0, 0.3), Vector(0.9, 0.5)]),
    ]


def play(moves, seed):
    generator = random.Random(seed)
    curves = attractors()
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    point = Vector(0.5, 0.5)
    for _ in range(moves):
        curve = generator.choice(curves)
        target = curve(generator.random())
        point = (point + target) * 0.5
        column = min(WIDTH - 1, max(0, int(point.x * WIDTH)))
        row = min(HEIGHT - 1, max(0, int(point.y * HEIGHT)))
        grid[row][column] += 1
    return grid, point


def main(size):
    grid, point = play(size * 1000, seed=1234)
    lit = sum(1 for row in grid for count in row if count)
    weighted = sum(count * (index % 251) for index, count in
                   enumerate(count for row in grid for count in row))
    print(f"chaos: {size * 1000} moves, {lit} pixels lit, checksum {weighted}, last {point!r}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
