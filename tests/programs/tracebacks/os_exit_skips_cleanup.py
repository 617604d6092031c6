# os._exit ends the process at once: no finally, no atexit, no flushing of Python buffers.
import atexit
import os
import sys
atexit.register(print, "atexit handler (never runs)")
print("flushed before os._exit", flush=True)
try:
    os._exit(7)
finally:
    print("finally (never runs)")
