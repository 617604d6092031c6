# A generator that yields in response to close() makes close() raise RuntimeError, uncaught.
def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "refusing to close"
g = stubborn()
next(g)
g.close()
