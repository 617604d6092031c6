# Hot code (fused into blocks, see vm/fusion.py) must behave as plain code:
# exceptions and line numbers from the middle of a block, f_lineno of a frame
# running a block, generators, unpacking, keyword calls, methods.
import sys
import traceback


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        # The caller is in the middle of a fused block: its line must be exact.
        caller = sys._getframe(1)
        return Vector(self.x + other.x, self.y + other.y), caller.f_lineno

    def norm(self, scale=1, *, offset=0):
        return (self.x * self.x + self.y * self.y) * scale + offset


def divide_all(values):
    total = 0
    for index, value in enumerate(values):
        a = index + 1
        b = a * 2
        total += b // value      # raises ZeroDivisionError when value is 0
    return total


def lines_of_adds(count):
    seen = set()
    v = Vector(1, 2)
    for _ in range(count):
        w = Vector(3, 4)
        total, line = v + w
        seen.add(line)
    return sorted(seen)


def squares(count):
    for n in range(count):
        yield n * n


def unpack_many(pairs):
    total = 0
    for pair in pairs:
        a, b = pair
        total += a - b
    return total


def keywords(count):
    v = Vector(1, 1)
    total = 0
    for index in range(count):
        total += v.norm(scale=index) + v.norm(offset=1) + v.norm(2, offset=index)
    return total


for round_ in range(3):
    try:
        divide_all([1, 2, 3] * 100 + [0])
    except ZeroDivisionError:
        stack = traceback.extract_tb(sys.exc_info()[2])
        print(round_, [(frame.name, frame.lineno, frame.line) for frame in stack])

print(lines_of_adds(300))
print(sum(squares(500)), list(squares(5)))
print(unpack_many([(i, i * 2) for i in range(300)] + [[5, 1]]))
try:
    unpack_many([(1, 2)] * 200 + [(1, 2, 3)])
except ValueError as error:
    print("ValueError:", error, traceback.extract_tb(error.__traceback__)[-1].lineno)
print(keywords(300))
try:
    Vector(1, 2).norm(3, 4)
except TypeError as error:
    print(error)


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1) + 1


for attempt in range(150):
    try:
        deep(5)
    except KeyError as error:
        last = error
print(repr(last), len(traceback.extract_tb(last.__traceback__)))
deep(3)
