# Exceptions inside comprehensions propagate with a traceback through the function.
import traceback
def risky(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x
def build():
    return [risky(x) for x in range(5)]
try:
    build()
except ValueError:
    for line in traceback.format_exc().splitlines():
        if "File" in line:
            print(line.split(", ", 1)[1])
        else:
            print(line)
try:
    {k: 1 / k for k in [1, 0]}
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
def stop_in_genexp():
    def it():
        yield 1
        raise StopIteration("inner")
    try:
        return list(x for x in it())
    except RuntimeError as error:
        return f"RuntimeError: {error} / cause: {error.__cause__!r}"
print(stop_in_genexp())
result = []
try:
    result = [x for x in range(3) if 1 / (2 - x)]
except ZeroDivisionError as error:
    print("partial result never assigned:", result, error)
