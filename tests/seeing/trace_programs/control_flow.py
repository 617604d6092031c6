import contextlib


def search(grid, wanted):
    for row_number, row in enumerate(grid):
        for column, value in enumerate(row):
            if value == wanted:
                break
            if value < 0:
                continue
        else:
            continue
        return row_number, column
    return None


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


def delegate():
    result = yield from accumulate()
    print("delegate got", result)


def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment


print(search([[1, -2, 3], [4, 5, 6]], 5))
runner = delegate()
next(runner)
runner.send(10)
runner.send(5)
try:
    runner.send(None)
except StopIteration:
    print("finished")
tick = counter()
tick(); tick()
print(tick())
with contextlib.suppress(ZeroDivisionError):
    1 / 0
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as group:
    print("values", group.exceptions)
except* TypeError:
    print("types")
squares = [n * n for n in range(5) if n % 2]
print(squares, any(n > 3 for n in squares))
