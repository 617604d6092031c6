# send() delivers values, throw() raises inside the generator, close() raises GeneratorExit.
def echo():
    print("  start")
    try:
        while True:
            try:
                value = yield
                print("  got", value)
            except ValueError as error:
                print("  caught", error)
                yield "recovered"
    except GeneratorExit:
        print("  GeneratorExit, cleaning up")
        raise
    finally:
        print("  finally")
g = echo()
try:
    g.send("too early")
except TypeError as error:
    print("TypeError:", error)
next(g)
g.send(1)
g.send(2)
print(g.throw(ValueError("boom")))
next(g)
g.close()
g.close()
print(g.gi_frame)
try:
    g.send(3)
except StopIteration:
    print("closed generator raises StopIteration")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "I refuse"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as error:
    print("RuntimeError:", error)
def unhandled():
    yield 1
g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as error:
    print("KeyError propagated:", error)
print(g.gi_frame, g.gi_running)
g = unhandled()
try:
    g.throw(TypeError, "type and value form")
except TypeError as error:
    print("TypeError:", error)
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
g = returns_on_close()
next(g)
print(g.close())
