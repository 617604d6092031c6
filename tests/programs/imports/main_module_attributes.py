# Attributes of the __main__ module when a file is run as a script.
import os
import sys
print(__name__, __spec__, __package__, os.path.basename(__file__), os.path.isabs(__file__))
print(__doc__, type(__builtins__).__name__, __loader__.__class__.__name__)
main = sys.modules["__main__"]
print(main.__dict__ is globals(), os.path.basename(sys.argv[0]), sys.argv[1:])
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(sorted(k for k in globals() if k.startswith("__")))
