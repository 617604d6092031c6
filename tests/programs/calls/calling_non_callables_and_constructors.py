# What can be called: functions, classes, instances with __call__, bound methods, and what cannot.
class WithCall:
    def __call__(self, *args):
        return f"called with {args}"
class WithoutCall:
    pass
things = [len, WithCall, WithCall(), WithoutCall(), "text", 42, None, [].append, type, lambda: 1, print]
for thing in things:
    name = type(thing).__name__
    try:
        result = thing() if thing not in (len,) else thing("abc")
        shown = result if isinstance(result, (str, int, type(None))) else type(result).__name__
        print(f"{name:22} callable={callable(thing)} -> {shown!r}")
    except TypeError as error:
        print(f"{name:22} callable={callable(thing)} -> TypeError: {error}")
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance __call__ is ignored"
try:
    c()
except TypeError as error:
    print("TypeError:", error)
