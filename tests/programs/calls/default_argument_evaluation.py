# Default values are evaluated once at definition time, left to right, in the defining scope.
def log(value):
    print(f"  evaluating default {value!r}")
    return value
print("defining f")
def f(a=log(1), b=log([2]), *, c=log("kw")):
    b.append(len(b))
    return a, b, c
print("calling f twice")
print(f())
print(f())
print(f(b=[]))
x = 10
def g(value=x):
    return value
x = 20
print(g())
class K:
    base = 5
    def method(self, value=base * 2):
        return value
print(K().method())
def make(n):
    def inner(value=n):
        return value
    return inner
print(make(1)(), make(2)(), make(3)(99))
