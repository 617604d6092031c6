"""exc_try_finally: try/finally and with blocks on every path out.

``finally`` runs however the block is left: falling off the end, return,
break, continue, or an exception passing through. ``with`` calls the
context manager's ``__exit__`` the same way. Most of the time nothing goes
wrong, which is the case to make cheap; sometimes something does.

Exercises: the exception table's cleanup handlers, RERAISE, BEFORE_WITH,
__enter__/__exit__ calls, return inside finally-protected blocks.
Size: tens of thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 93  # tens of thousands of iterations


class Tracker:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.swallowed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, traceback):
        self.exited += 1
        if kind is KeyError:
            self.swallowed += 1
            return True
        return False


def guarded(value, log):
    try:
        if value % 3 == 0:
            return value
        value += 1
    finally:
        log.append(value)
        if len(log) > 50:
            log.clear()
    return -value


def work(iterations):
    log = []
    tracker = Tracker()
    total = 0
    for index in range(iterations):
        total += guarded(index, log)
        with tracker:
            total += 1
        with tracker:
            if index % 7 == 0:
                raise KeyError(index)
        for attempt in range(3):
            try:
                if attempt == 1:
                    continue
                if attempt == 2:
                    break
            finally:
                total += attempt
        total &= 0xFFFFFFFF
    return total, tracker.entered, tracker.exited, tracker.swallowed


def main(size):
    print(f"exc_try_finally: {size * 10_000} iterations, result {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
