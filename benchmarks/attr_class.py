"""attr_class: class attributes read through instances, classes and base classes.

A name not in the instance's dictionary is looked up along the class's
method resolution order. Constants kept on a class, attributes inherited
from a grandparent class, and class attributes read through the class
object itself are all common.

Exercises: LOAD_ATTR falling back to the type and its MRO, LOAD_ATTR on
class objects, class attribute updates.
Size: tens of thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 276  # tens of thousands of iterations


class Base:
    LIMIT = 100
    scale = 3


class Middle(Base):
    offset = 7


class Leaf(Middle):
    name = "leaf"


def work(iterations):
    leaf = Leaf()
    total = 0
    for index in range(iterations):
        total += leaf.LIMIT + leaf.scale * leaf.offset + len(leaf.name)
        total += Leaf.LIMIT - Middle.offset + Base.scale
        if index % 1000 == 0:
            Middle.offset += 1
        total &= 0xFFFFFFFF
    return total, Middle.offset


def main(size):
    print(f"attr_class: {size * 10_000} iterations, result {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
