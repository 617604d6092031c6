# SystemExit raised while another exception is in flight: the exit wins, with its own code.
import sys
try:
    raise ValueError("this error is replaced")
finally:
    print("exiting from finally with code 5")
    sys.exit(5)
