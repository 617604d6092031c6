# Functions as values: passing, returning, storing in data structures, composing and currying.
import functools
def compose(*functions):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), functions)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "))
def curry(function, arity):
    def curried(*args):
        if len(args) >= arity:
            return function(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
dispatch = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": max}
print([dispatch[op](7, 3) for op in ["+", "-", "max"]])
def apply_n(function, n):
    def repeated(x):
        for _ in range(n):
            x = function(x)
        return x
    return repeated
print(apply_n(lambda x: x * 2, 10)(1), list(map(apply_n(str.upper, 1), ["a", "b"])))
def memo(function):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = function(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
