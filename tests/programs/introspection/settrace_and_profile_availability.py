# sys.gettrace()/getprofile() and the recursion limit API, seen by interpreted code.
import sys
print(sys.gettrace(), sys.getprofile())
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as error:
    print("ValueError:", error)
print(isinstance(sys.getrefcount(object()), int), sys.getsizeof([]) > 0, sys.intern("abc") == "abc")
print(sys.version_info[:2], sys.implementation.name in ("cpython", "clearpy"), sys.byteorder in ("little", "big"))
print(type(sys.flags).__name__, sys.maxsize > 2**31, sys.float_info.mant_dig, sys.hash_info.width)
