# Exceptions with no message, an empty message, several args, and a class raised bare.
import sys
which = "class"
def emit():
    raise NotImplementedError
emit()
