# throw() raises at the yield: the uncaught exception's traceback points into the generator.
def worker():
    while True:
        task = yield
        print("working on", task)
w = worker()
next(w)
w.send("task 1")
w.throw(KeyError("injected"))
