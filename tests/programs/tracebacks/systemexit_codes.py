# sys.exit with an int: no traceback, the exit status is the code.
import sys
print("exiting with 3")
sys.exit(3)
print("never printed")
