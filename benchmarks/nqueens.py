"""nqueens: every way to put n queens on an n x n board with none attacking another.

Queens are placed one row at a time. A square is free when no queen already
placed shares its column or either of its diagonals; the sets of occupied
columns and diagonals (row + column and row - column are constant along the
two diagonals) make that check quick. Solutions are produced by a recursive
generator, so the search yields each board as soon as it is complete.

Exercises: recursive generators and ``yield from``, sets, tuples.
Size: number of times all 92 solutions of the 8-queens problem are found.
"""

import sys

DEFAULT_SIZE = 550  # searches of the 8 x 8 board
N = 8


def place(n, row, columns, diagonals, antidiagonals, queens):
    if row == n:
        yield tuple(queens)
        return
    for column in range(n):
        if column in columns or row + column in diagonals or row - column in antidiagonals:
            continue
        columns.add(column)
        diagonals.add(row + column)
        antidiagonals.add(row - column)
        queens.append(column)
        yield from place(n, row + 1, columns, diagonals, antidiagonals, queens)
        queens.pop()
        columns.remove(column)
        diagonals.remove(row + column)
        antidiagonals.remove(row - column)


def solutions(n):
    return place(n, 0, set(), set(), set(), [])


def main(size):
    found = set()
    count = 0
    for _ in range(size):
        for board in solutions(N):
            found.add(board)
            count += 1
    checksum = sum(sum((column + 1) * (row + 1) for row, column in enumerate(board))
                   for board in found)
    print(f"{N} queens x{size}: {count} solutions found, {len(found)} distinct, "
          f"first {min(found)}, checksum {checksum}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
