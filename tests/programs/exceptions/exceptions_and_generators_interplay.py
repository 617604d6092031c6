# Exceptions inside generators: caught inside, propagated out, and after the generator finished.
def careful(values):
    for value in values:
        try:
            yield 10 // value
        except GeneratorExit:
            print("  closing")
            raise
        except Exception:
            pass
def failing(values):
    for value in values:
        yield 10 // value
print(list(careful([1, 2])))
g = failing([1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
print(next(g, "generator finished after the exception"))
def generator_catching_its_own():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as error:
        yield f"caught {error}"
print(list(generator_catching_its_own()))
def exc_info_in_generator():
    import sys
    yield sys.exception()
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(exc_info_in_generator())))
