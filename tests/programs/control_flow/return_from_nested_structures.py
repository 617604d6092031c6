# return from inside loops, with, try and match; and functions without explicit return.
import contextlib
@contextlib.contextmanager
def managed(log):
    log.append("enter")
    try:
        yield
    finally:
        log.append("exit")
def search(grid, target):
    log = []
    with managed(log):
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                match value:
                    case int(n) if n == target:
                        return (r, c), log
                    case str(s) if s == str(target):
                        return ("string", r, c), log
    return None, log
print(search([[1, 2], [3, 4]], 3))
print(search([[1, "5"]], 5))
print(search([[1]], 9))
def implicit():
    pass
def bare():
    return
def in_generator():
    yield 1
    return "ignored by list()"
print(implicit(), bare(), list(in_generator()))
def early_exit(items):
    total = 0
    for item in items:
        if item is None:
            return total, "stopped early"
        total += item
    return total, "completed"
print(early_exit([1, 2, None, 4]), early_exit([1, 2]))
