# An exception raised inside a generator shows the generator's frame in the traceback.
def producer():
    yield 1
    raise ValueError("producer failed")
def consumer():
    for value in producer():
        print("got", value)
consumer()
