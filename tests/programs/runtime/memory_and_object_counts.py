# Objects created by interpreted code are real host objects: sizes, refcounts and identities behave.
import sys
data = [0] * 1000
print(sys.getsizeof(data) >= 8000, sys.getsizeof(0) > 0, sys.getsizeof("abc") < sys.getsizeof("abc" * 100))
obj = object()
before = sys.getrefcount(obj)
holders = [obj, obj, obj]
print(sys.getrefcount(obj) - before)
del holders
print(sys.getrefcount(obj) == before)
print(sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100)
a = "interned_literal"
b = "interned_literal"
print(a is b, sys.intern("x" * 3) is sys.intern("xxx"), (256).__class__ is int, 10**20 is not 10**20)
