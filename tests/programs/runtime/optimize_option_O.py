# test-invoke: -O {file}
# -O: assert statements and `if __debug__:` blocks are compiled out, __debug__ is
# False, sys.flags.optimize is 1, and imports cache their code in .opt-1.pyc files.
import importlib.util
import sys

assert False, "not raised under -O"
if __debug__:
    print("not printed under -O")
print("__debug__ is", __debug__, "- optimize flag", sys.flags.optimize)


def documented():
    "kept under -O, dropped under -OO"


print(documented.__doc__)
print(importlib.util.cache_from_source("example.py").endswith(".opt-1.pyc"))
print(compile("assert 0", "<s>", "exec").co_code == compile("pass", "<s>", "exec").co_code)
print(compile("assert 0", "<s>", "exec", optimize=0).co_consts)
