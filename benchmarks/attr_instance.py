"""attr_instance: reading and writing attributes stored in an instance's __dict__.

``obj.x`` first looks for a data descriptor named x on the class, then in
the instance dictionary, then for any other class attribute. Plain instance
attributes take the middle path; writes go straight to the dictionary.

Exercises: LOAD_ATTR / STORE_ATTR on instances, augmented assignment to
attributes, attributes of attributes.
Size: tens of thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 323  # tens of thousands of iterations


class Particle:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.vx = 1
        self.vy = -1
        self.owner = None


class Owner:
    def __init__(self):
        self.moves = 0


def work(iterations):
    first = Particle(0, 0)
    second = Particle(5, 5)
    first.owner = second.owner = Owner()
    for index in range(iterations):
        first.x += first.vx
        first.y += first.vy
        second.x = second.x + second.vx * 2
        second.y = second.y + second.vy * 2
        if first.x > 1000:
            first.vx = -first.vx
        if second.y < -1000:
            second.vy = -second.vy
        first.owner.moves += 1
        second.owner.moves = second.owner.moves + (index & 1)
    return first.x, first.y, second.x, second.y, first.owner.moves


def main(size):
    print(f"attr_instance: {size * 10_000} iterations, result {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
