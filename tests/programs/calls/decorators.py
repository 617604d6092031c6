# Decorators: order of application, arguments, functools.wraps, and class decorators.
import functools
def trace(label):
    def decorator(func):
        print(f"  decorating {func.__name__} with {label}")
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(f"  {label} -> {func.__name__}{args}")
            return func(*args, **kwargs)
        return wrapper
    return decorator
@trace("outer")
@trace("inner")
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__wrapped__.__wrapped__(3, 4))
def register(registry):
    def decorator(cls):
        registry[cls.__name__] = cls
        cls.registered = True
        return cls
    return decorator
REGISTRY = {}
@register(REGISTRY)
class Plugin:
    pass
print(REGISTRY, Plugin.registered)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits > 0)
def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
noop(); noop()
print(noop.calls, noop.__name__)
@lambda f: f()
def computed_at_definition():
    return "value"
print(computed_at_definition)
buttons = {}
@(lambda f: buttons.setdefault(f.__name__, f))
def click():
    return "clicked"
print(buttons["click"](), click())
