# A custom sys.excepthook replaces the default printing of uncaught exceptions.
import sys
def hook(kind, value, traceback):
    print(f"custom hook: {kind.__name__}: {value} (frames: {traceback is not None})", file=sys.stderr)
sys.excepthook = hook
print("raising")
raise LookupError("handled by the hook")
