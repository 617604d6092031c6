# Keyword arguments named 'self', 'function', 'args' or 'kwargs' reach the
# function even when host code (functools, operator, a dict's __eq__) calls it:
# clearpy's callable wrappers must not have parameters of those names.
import functools
import operator


def capture(*args, **kwargs):
    return args, kwargs


print(capture(self=1, function=2, args=3, kwargs=4))
print(functools.partial(capture, self=1)(func=2))
print(operator.methodcaller("method", self=7)(type("T", (), {"method": capture})())[1])


class A:
    spec = functools.partialmethod(capture, self=1, func=2)
    both = functools.partialmethod(capture, 5, self=6)


a = A()
print(a.spec(3)[1], a.both()[0][1:], a.both()[1])
print(sorted([3, 1, 2], key=functools.partial(capture, self=0).__call__) is not None)
print(len.__call__([1, 2]), print.__call__("through print's __call__", sep=""))
try:
    capture.__call__(self=1, x=2)
except TypeError as error:
    print("TypeError", error)
else:
    print("capture.__call__(self=1, x=2) worked")
