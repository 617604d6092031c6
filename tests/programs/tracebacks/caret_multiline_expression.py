# An expression spanning several lines: the traceback shows the lines involved.
def compute(x, y):
    return x / y
total = (
    compute(1, 2) +
    compute(3, 0) +
    compute(5, 6)
)
