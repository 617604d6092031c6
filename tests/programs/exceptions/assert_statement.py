# assert raises AssertionError with the message; -O would remove it (not used here).
import sys
def check(value):
    assert value > 0, f"value must be positive, got {value}"
    return value
print(check(3))
try:
    check(-1)
except AssertionError as error:
    print("AssertionError:", error, error.args)
try:
    assert [], "empty list is falsy"
except AssertionError as error:
    print("AssertionError:", error)
try:
    assert False
except AssertionError as error:
    print("bare AssertionError args:", error.args)
print("__debug__ is", __debug__, "| optimize flag:", sys.flags.optimize)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("assert (1, 'always true')", "<s>", "exec")
print([str(w.message) for w in caught])
class Checked:
    def __bool__(self):
        print("  __bool__ called by assert")
        return True
assert Checked()
