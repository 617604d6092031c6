# Comprehensions inside generator functions: yield is not allowed inside them; genexps inside generators are.
def gen():
    data = [x * 2 for x in range(3)]
    yield data
    yield from (x + 1 for x in data)
print(list(gen()))
for source in ["def f():\n    return [(yield x) for x in range(3)]", "def f():\n    return [x async for x in y]",
               "[x for x in range(3)] = 1", "def f():\n    return {(yield): 1 for _ in ()}"]:
    try:
        compile(source, "<s>", "exec")
        print("compiled")
    except SyntaxError as error:
        print("SyntaxError:", error.msg)
def outer_yield_from_comprehension():
    total = sum([v for v in range(5)])
    yield total
print(next(outer_yield_from_comprehension()))
