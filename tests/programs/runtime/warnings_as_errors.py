# test-invoke: -W error {file}
# -W error: a warning becomes an exception; its traceback has no entry for warn()
# itself, which is a C function in CPython.
import traceback
import warnings


def deprecated():
    warnings.warn("old API", DeprecationWarning, stacklevel=2)


def caller():
    deprecated()


try:
    caller()
except DeprecationWarning:
    traceback.print_exc()
try:
    warnings.warn_explicit("explicit", UserWarning, "elsewhere.py", 7)
except UserWarning as error:
    print("caught", repr(error))
warnings.warn("uncaught now")
