# An exception raised in finally replaces the one in flight (which becomes its __context__).
def replace():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    replace()
except KeyError as error:
    print("KeyError:", error, "| context:", repr(error.__context__))
def return_in_except_after_finally():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("  inner finally")
    except TypeError as error:
        return f"handled {error}"
print(return_in_except_after_finally())
def deep_finally(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep_finally(n - 1)
    finally:
        print(f"  unwinding level {n}")
try:
    deep_finally(3)
except RuntimeError as error:
    print("RuntimeError:", error)
