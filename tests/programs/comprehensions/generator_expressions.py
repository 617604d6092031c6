# Generator expressions are lazy: the first iterable is evaluated at once, the rest later.
def source(name, items):
    print(f"  evaluating {name}")
    return items
gen = (x * y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("created")
print(next(gen))
print(list(gen))
g = (x for x in range(3))
print(list(g), list(g), type(g).__name__, g.__name__, g.gi_running)
try:
    (1 / x for x in [0])
    print("no error until iterated")
    list(1 / x for x in [0])
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    (x for x in 5)
except TypeError as error:
    print("TypeError at creation:", error)
squares = (n * n for n in range(1, 4))
print(sum(squares), sum(squares))
print(sorted((c for c in "hello"), reverse=True), dict((c, ord(c)) for c in "ab"), "".join(c.upper() for c in "abc"))
gen2 = (i for i in range(5))
for i in gen2:
    if i == 2:
        break
print(list(gen2))
def lazy_check():
    data = [1, 2, 3]
    gen = (x for x in data)
    data.append(4)
    data = []
    return list(gen)
print(lazy_check())
