# 3.12 inlines comprehensions (PEP 709), but their variables still do not leak.
x = "outer"
result = [x for x in range(3)]
print(x, result)
def f():
    y = "local"
    values = [y + str(i) for i in range(2)]
    return values, "i" in locals()
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g())
def closure_in_comprehension():
    base = 10
    return [(lambda: base + n)() for n in range(3)]
print(closure_in_comprehension())
def uses_locals():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(uses_locals())
try:
    [undefined_name for _ in range(1)]
except NameError as error:
    print("NameError:", error)
def shadow():
    n = "before"
    data = [n for n in range(3)]
    return n, data
print(shadow())
def outer_iter():
    seq = [1, 2]
    return [x * k for k in range(2) for x in seq]
print(outer_iter())
print([i for i in range(3)], "i" in globals())
