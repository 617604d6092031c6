# Infinite generators are fine as long as the consumer stops: islice, zip, next with a condition.
import itertools
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
print(next(n for n in naturals() if n * n > 200))
print(list(zip("abc", naturals(10))))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(max(range(1, 30), key=lambda n: sum(1 for _ in collatz(n))), list(collatz(6)))
cycle = itertools.cycle("xy")
print([next(cycle) for _ in range(5)])
