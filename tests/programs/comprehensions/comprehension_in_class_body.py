# A comprehension in a class body cannot see class variables except in the first iterable.
class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    factor = 3
    try:
        scaled = [factor * i for i in range(2)]
    except NameError as error:
        scaled = f"NameError: {error}"
    pairs = [(n, i) for n in names for i in range(1)] if False else None
print(Config.upper, Config.scaled, Config.pairs)
class WithLambda:
    value = 5
    try:
        result = (lambda: value)()
    except NameError as error:
        result = f"NameError: {error}"
print(WithLambda.result)
class Nested:
    rows = [[1, 2], [3]]
    flat = [x for row in rows for x in row]
print(Nested.flat)
class Walrus:
    try:
        exec("data = [(y := n) for n in range(3)]")
    except SyntaxError as error:
        message = f"SyntaxError: {error.msg}"
print(getattr(Walrus, "message", None), getattr(Walrus, "data", None))
