# iter() on sequences, with a sentinel callable; next() with defaults; exhausted iterators stay empty.
it = iter("ab")
print(next(it), next(it), next(it, "end"), next(it, None))
numbers = [5, 4, 0, 3]
def pop_front():
    return numbers.pop(0)
print(list(iter(pop_front, 0)), numbers)
import io
stream = io.StringIO("line1\nline2\n\nline4\n")
print(list(iter(stream.readline, "\n")))
class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), -1)))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), list(keys), list(iter(d.items())), list(iter(range(2))))
e = iter([])
print(list(e), list(e), iter(e) is e, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
print(len.__name__, next(iter({1: 2}.values())), sorted(iter({3, 1, 2})))
