# The except clause's expression is evaluated only when an exception reaches it, and can be any tuple.
def handlers():
    print("  computing handler tuple")
    return (KeyError, IndexError)
for exc in [None, IndexError("i"), ValueError("v")]:
    try:
        try:
            if exc:
                raise exc
            print("no exception, handler expression not evaluated")
        except handlers() as caught:
            print("caught", repr(caught))
    except ValueError as error:
        print("outer caught", repr(error))
errors = [ZeroDivisionError]
try:
    1 / 0
except tuple(errors):
    print("caught with a computed tuple")
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as error:
    print("TypeError:", error)
try:
    try:
        raise ValueError
    except (ValueError, 42):
        print("first matching element wins before the bad one is checked")
except TypeError as error:
    print("TypeError:", error)
