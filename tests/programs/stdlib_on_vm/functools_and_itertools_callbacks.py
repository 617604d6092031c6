# functools/itertools/operator calling interpreted functions: reduce, partial, singledispatch, total_ordering.
import functools
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"))
@functools.singledispatch
def describe(value):
    return f"something: {value!r}"
@describe.register
def _(value: int):
    return f"an int: {value}"
@describe.register(list)
def _(value):
    return f"a list of {len(value)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "unknown"
    @area.register
    def _(self, arg: float):
        return arg * arg
print(Shape().area(1.5), Shape().area("x"))
@functools.cache
def slow_square(n):
    print(f"  computing {n}")
    return n * n
print(slow_square(4), slow_square(4), slow_square.cache_info())
counter = functools.partial(int, base=2)
print(counter("101"), counter.func.__name__, functools.partial(max, 0)(-5, -3))
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
print(Money(1) <= Money(2), Money(3) >= Money(3), Money(5) > Money(4))
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
