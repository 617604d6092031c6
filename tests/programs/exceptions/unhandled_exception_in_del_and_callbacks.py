# Errors that cannot propagate (__del__, weakref callbacks, atexit) go to sys.unraisablehook.
import atexit
import sys
import weakref
def hook(unraisable):
    print(f"unraisable: {type(unraisable.exc_value).__name__}: {unraisable.exc_value} | {unraisable.err_msg}")
sys.unraisablehook = hook
class Failing:
    def __del__(self):
        raise ValueError("error in __del__")
item = Failing()
del item
class Target:
    pass
target = Target()
ref = weakref.ref(target, lambda r: 1 / 0)
del target
def failing_atexit():
    raise RuntimeError("atexit handler failed")
atexit.register(failing_atexit)
atexit.register(print, "atexit handler that works")
print("main program done")
