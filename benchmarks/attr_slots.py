"""attr_slots: attributes of classes with __slots__.

A class with ``__slots__`` has no per-instance dictionary: each slot is a
member descriptor on the class that reads and writes a fixed place in the
object. Slots are inherited, and a subclass can add its own.

Exercises: member descriptors (__get__/__set__ of slots), LOAD_ATTR and
STORE_ATTR without an instance dictionary.
Size: tens of thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 414  # tens of thousands of iterations


class Cell:
    __slots__ = ("row", "column", "value")

    def __init__(self, row, column):
        self.row = row
        self.column = column
        self.value = 0


class LabelledCell(Cell):
    __slots__ = ("label",)

    def __init__(self, row, column, label):
        super().__init__(row, column)
        self.label = label


def work(iterations):
    cell = Cell(1, 2)
    labelled = LabelledCell(3, 4, "x")
    for index in range(iterations):
        cell.value = cell.value + cell.row * cell.column
        labelled.value += labelled.row - labelled.column + len(labelled.label)
        if index % 512 == 0:
            cell.row, labelled.column = labelled.column, cell.row
        cell.value &= 0xFFFFFF
    return cell.value, labelled.value, cell.row, labelled.column


def main(size):
    print(f"attr_slots: {size * 10_000} iterations, result {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
