# print >> file: CPython's TypeError suggests print(..., file=...).
import sys
for right in (sys.stderr, 42, "x"):
    try:
        print >> right
    except TypeError as e:
        print(e)
class R:
    def __rrshift__(self, other):
        return ("reflected", other.__name__)
print(print >> R())
try:
    len >> 1
except TypeError as e:
    print(e)
