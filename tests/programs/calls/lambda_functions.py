# Lambdas: defaults, closures, immediately-invoked, as keys, and their names.
square = lambda x: x * x
print(square(5), square.__name__, square.__qualname__, (lambda: "iife")(), (lambda *a, **k: (a, k))(1, b=2))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(4), (lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
def outer():
    v = 1
    get = lambda: v
    v = 2
    return get()
print(outer())
class K:
    f = lambda self: f"lambda method on {type(self).__name__}"
print(K().f(), K.f.__qualname__)
try:
    (lambda x: x)()
except TypeError as error:
    print("TypeError:", error)
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield from range(3)))()))
