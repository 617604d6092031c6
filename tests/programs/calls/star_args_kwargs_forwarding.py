# *args/**kwargs collection and forwarding; the collected objects are fresh tuple/dict.
def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(collect(), collect(1, 2, a=3))
def forward(*args, **kwargs):
    return collect(*args, extra=True, **kwargs)
print(forward(1, b=2))
shared = {"x": 1}
def mutate(**kwargs):
    kwargs["y"] = 2
    return kwargs
print(mutate(**shared), shared, mutate(**shared) is shared)
def first_and_rest(first, *rest, sep="-"):
    return sep.join(map(str, (first, *rest)))
print(first_and_rest(1, 2, 3), first_and_rest("a", sep="+"), first_and_rest(*"xyz", sep=""))
def accepts_all(a, b=0, *args, c, d=1, **kw):
    return a, b, args, c, d, kw
print(accepts_all(1, c=3), accepts_all(*range(5), c=0, e=9), accepts_all(**{"a": 1, "c": 2, "z": 3}))
import functools
partial = functools.partial(accepts_all, 10, c=20)
print(partial(), partial(1, 2, d=3), partial.args, partial.keywords)
class Wrapper:
    def __init__(self, func):
        self.func = func
    def __call__(self, *args, **kwargs):
        return ("wrapped", self.func(*args, **kwargs))
print(Wrapper(collect)(1, k=2))
print(max(*[3, 1, 2]), print(*[], sep="never"), "{}-{}".format(*"ab"), dict(**{"a": 1}, b=2))
