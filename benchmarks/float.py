"""float: many small objects holding floats, normalised and compared.

Each point is made from trigonometric functions of its index, normalised to
unit length, and then all points are folded into one: for each coordinate,
the largest value seen. This is the classic "float" benchmark's workload:
allocation of short-lived objects, float arithmetic and math calls.

Exercises: object creation, attribute access, math.sin/cos/sqrt, max.
Size: tens of thousands of points.
"""

import math
import sys

DEFAULT_SIZE = 73  # tens of thousands of points


class Point:
    def __init__(self, index):
        self.x = x = math.sin(index)
        self.y = math.cos(index) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        length = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= length
        self.y /= length
        self.z /= length

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def benchmark(count):
    points = [Point(index) for index in range(count)]
    for point in points:
        point.normalize()
    largest = points[0]
    for point in points[1:]:
        largest = largest.maximize(point)
    return largest


def main(size):
    print(f"{size * 10_000} points: {benchmark(size * 10_000)!r}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
