# Comprehensions inside functions inside comprehensions: cells and free variables.
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in late_binding()])
def table(n):
    return {i: [j * i for j in range(n) if j != i] for i in range(n)}
print(table(3))
def nested_scopes():
    k = 2
    def inner():
        return [[k * a * b for b in range(2)] for a in range(3)]
    return inner()
print(nested_scopes())
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(3)], count
print(counter())
funcs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print({k: f() for k, f in funcs.items()})
def gen_of_gens():
    return [list(x for x in range(i)) for i in range(4)]
print(gen_of_gens())
