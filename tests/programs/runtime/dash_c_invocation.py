# test-invoke: -c {source}
# test-args: alpha beta
# Run with -c: sys.argv[0] is '-c', the module has no __file__, and sys.path[0] is ''.
import sys
print(sys.argv, __name__, "__file__" in globals(), sys.path[0] == "", __spec__)
def f():
    raise ValueError("traceback from -c code")
try:
    f()
except ValueError:
    import traceback
    traceback.print_exc(file=sys.stdout)
