# throw() and close() travel down a chain of yield from to the innermost generator.
def innermost():
    try:
        while True:
            try:
                yield "inner value"
            except ValueError as error:
                print("  innermost handled", error)
    finally:
        print("  innermost finally")
def middle():
    try:
        yield from innermost()
    finally:
        print("  middle finally")
def outer():
    result = yield from middle()
    return result
g = outer()
print(next(g))
print(g.throw(ValueError("thrown from the top")))
g.close()
print(g.gi_frame is None, g.gi_yieldfrom)
def yieldfrom_attr():
    yield from innermost()
g2 = yieldfrom_attr()
next(g2)
print(type(g2.gi_yieldfrom).__name__, g2.gi_yieldfrom.gi_frame.f_code.co_name)
g2.close()
