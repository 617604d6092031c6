# test-invoke: -OO {file}
# -OO: as -O, and docstrings are dropped too, also from imported modules.
import json
import sys


def documented():
    "dropped under -OO"


print(sys.flags.optimize, documented.__doc__, json.__doc__, json.dumps.__doc__)
print(json.__cached__.endswith(".opt-2.pyc"))
