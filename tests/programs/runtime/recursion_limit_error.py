# RecursionError at the recursion limit: message, recovery, and setrecursionlimit both ways.
import sys
def depth_reached(limit):
    sys.setrecursionlimit(limit)
    count = 0
    def recurse():
        nonlocal count
        count += 1
        recurse()
    try:
        recurse()
    except RecursionError as error:
        return str(error), count
print(depth_reached(100)[0])
small = depth_reached(100)[1]
large = depth_reached(300)[1]
print("raising the limit by 200 allows 200 more calls:", large - small)
sys.setrecursionlimit(1000)
def recover():
    try:
        return recover()
    except RecursionError:
        return "recovered"
print(recover())
class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as error:
    print("RecursionError in __repr__:", error)
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().anything
except RecursionError as error:
    print("RecursionError in __getattr__:", error)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as error:
    print("RecursionError in repr of nested lists:", error)
