# Errors from broken iterators: __iter__ returning a non-iterator, __next__ missing, StopIteration values.
class BadIter:
    def __iter__(self):
        return 42
class NoNext:
    def __iter__(self):
        return self
class StopWithValue:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("value ignored by for")
        self.done = True
        return "only item"
for obj in [BadIter(), NoNext(), 5, None]:
    try:
        for _ in obj:
            pass
    except TypeError as error:
        print("TypeError:", error)
print(list(StopWithValue()))
for item in StopWithValue():
    print(item)
def delegating():
    result = yield from StopWithValue()
    yield f"yield from got {result!r}"
print(list(delegating()))
try:
    a, b = BadIter()
except TypeError as error:
    print("TypeError:", error)
try:
    [*NoNext()]
except TypeError as error:
    print("TypeError:", error)
class RaisesInNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("next failed")
try:
    sorted(RaisesInNext())
except ValueError as error:
    print("ValueError:", error)
