# __context__ (implicit), __cause__ (raise from), __suppress_context__ (from None).
def implicit():
    try:
        {}["key"]
    except KeyError:
        raise ValueError("while handling")
def explicit():
    try:
        int("x")
    except ValueError as error:
        raise RuntimeError("converted") from error
def suppressed():
    try:
        [][0]
    except IndexError:
        raise LookupError("clean") from None
for func in [implicit, explicit, suppressed]:
    try:
        func()
    except Exception as error:
        print(func.__name__, repr(error), "| cause:", repr(error.__cause__),
              "| context:", repr(error.__context__), "| suppress:", error.__suppress_context__)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise KeyError("c")
except KeyError as c:
    chain = []
    current = c
    while current is not None:
        chain.append(repr(current))
        current = current.__context__
    print(" <- ".join(chain))
error = ValueError("manual")
error.__cause__ = KeyError("set by hand")
print(error.__suppress_context__, repr(error.__cause__))
try:
    error.__cause__ = "not an exception"
except TypeError as problem:
    print("TypeError:", problem)
def cycle():
    try:
        raise ValueError("x")
    except ValueError as first:
        try:
            raise first
        except ValueError as again:
            return again.__context__ is None
print("re-raising the handled exception does not chain it to itself:", cycle())
