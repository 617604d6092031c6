"""call_method: method calls on instances, class methods, static methods and super().

``obj.method(x)`` looks the method up on the class, binds it to the instance
and calls it; the VM can skip creating the bound method (LOAD_ATTR with the
method flag). Also here: methods found on a base class, classmethods,
staticmethods, bound methods stored and called later, and super() calls.

Exercises: LOAD_ATTR method loading, CALL on methods, MRO look-up, super().
Size: tens of thousands of loop iterations (nine calls each).
"""

import sys

DEFAULT_SIZE = 72  # tens of thousands of iterations


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, step=1):
        self.count += step
        return self.count

    def get(self):
        return self.count

    @classmethod
    def make(cls):
        return cls

    @staticmethod
    def double(value):
        return value * 2


class LoudCounter(Counter):
    def increment(self, step=1):
        return super().increment(step * 2)

    def inherited_get(self):
        return self.get()


def work(iterations):
    counter = Counter()
    loud = LoudCounter()
    bound = counter.increment
    total = 0
    for index in range(iterations):
        counter.increment()
        counter.increment(2)
        loud.increment()
        bound(3)
        total += counter.get() + loud.inherited_get() + Counter.double(index)
        total += counter.double(1) + (counter.make() is Counter)
        total &= 0xFFFFFFFF
    return total


def main(size):
    print(f"call_method: {size * 10_000} iterations, checksum {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
