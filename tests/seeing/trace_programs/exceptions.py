def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        print("divided", a, b)


def fails(depth):
    if depth == 0:
        raise KeyError("deep")
    return fails(depth - 1)


def catches():
    try:
        fails(2)
    except KeyError as error:
        print("caught", error)
        try:
            raise ValueError("again") from error
        except ValueError:
            pass


def cleanup():
    try:
        fails(0)
    finally:
        print("cleanup ran")


print(divide(1, 2), divide(1, 0))
catches()
try:
    cleanup()
except KeyError:
    print("outer caught it")
