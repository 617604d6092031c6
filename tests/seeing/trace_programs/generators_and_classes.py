class Counter:
    created = 0

    def __init__(self, start):
        self.value = start
        Counter.created += 1

    def __iter__(self):
        while self.value < 3:
            yield self.value
            self.value += 1


def evens(limit):
    yield from (n for n in range(limit) if n % 2 == 0)


def closure(base):
    def add(x):
        return base + x
    return add


with open(__file__) as source:
    first = source.readline()
print(list(Counter(0)), list(evens(5)), closure(10)(5), first.strip()[:5])
gen = Counter(1).__iter__()
print(next(gen), next(gen))
gen.close()
