"""dunder_getitem: indexing user containers (__getitem__, __setitem__, __len__, __iter__).

``grid[r, c]`` calls ``type(grid).__getitem__(grid, (r, c))``; assignment
calls ``__setitem__``; ``len()`` calls ``__len__``; a ``for`` loop calls
``__iter__``, or, when there is none, ``__getitem__`` with 0, 1, 2... until
IndexError (the old sequence protocol). ``in`` uses ``__contains__``.

Exercises: BINARY_SUBSCR / STORE_SUBSCR dispatch to Python-level dunders,
tuple keys, the legacy iteration protocol, __contains__.
Size: thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 600  # thousands of iterations


class Grid:
    def __init__(self, rows, columns):
        self.rows, self.columns = rows, columns
        self.cells = [0] * (rows * columns)

    def __getitem__(self, position):
        row, column = position
        return self.cells[row * self.columns + column]

    def __setitem__(self, position, value):
        row, column = position
        self.cells[row * self.columns + column] = value

    def __len__(self):
        return len(self.cells)

    def __contains__(self, value):
        return value in self.cells


class Squares:
    """A sequence with only __getitem__: iteration uses the old protocol."""

    def __init__(self, count):
        self.count = count

    def __getitem__(self, index):
        if index >= self.count:
            raise IndexError(index)
        return index * index


def work(iterations):
    grid = Grid(8, 8)
    total = 0
    for index in range(iterations):
        row, column = index % 8, index * 3 % 8
        grid[row, column] = grid[row, column] + index % 5
        grid[column, row] += 1
        total += grid[7 - row, column] + len(grid)
        if index % 50 == 0:
            total += sum(Squares(20)) + (3 in grid)
        total &= 0xFFFFFFFF
    return total, sum(grid.cells)


def main(size):
    print(f"dunder_getitem: {size * 1000} iterations, result {work(size * 1000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
