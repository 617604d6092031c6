"""Generators: send, throw, close, yield from, return values, PEP 479."""


def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "liftoff"


g = countdown(3)
print(next(g), g.send(10), next(g))
print(list(countdown(4)))


def delegator():
    result = yield from countdown(2)
    print("sub returned", result)
    yield "after"


print(list(delegator()))


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"caught {e}"
        finally:
            print("finally in catcher")


g = catcher()
print(next(g), g.throw(ValueError("boom")), next(g))
g.close()
print("closed", g.gi_frame)


def stopper():
    yield 1
    raise StopIteration("inside")


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

gen_exp = (x * 2 for x in range(3))
print(gen_exp.__name__, list(gen_exp), list(gen_exp))


def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


g = closing()
next(g)
g.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner():
    try:
        yield "a"
        yield "b"
    except KeyError:
        yield "inner caught"
    return "inner done"


def outer():
    r = yield from inner()
    yield r


g = outer()
print(next(g), g.throw(KeyError), next(g))
print(list(zip(range(3), countdown(5))))
g = countdown(2)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
