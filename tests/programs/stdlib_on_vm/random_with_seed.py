# random.Random with a fixed seed is deterministic; its pure-Python methods run as interpreted code.
import random
rng = random.Random(12345)
print(rng.random(), rng.randint(1, 100), rng.choice("abcdef"), rng.sample(range(100), 5))
items = list(range(10))
rng.shuffle(items)
print(items, rng.uniform(1, 2), rng.randrange(0, 100, 5), rng.choices("ab", weights=[1, 9], k=5))
print(round(rng.gauss(0, 1), 6), rng.getrandbits(16), rng.binomialvariate(10, 0.5))
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])
class Subclass(random.Random):
    def random(self):
        return 0.5
print(Subclass().choice([1, 2, 3]), Subclass().uniform(0, 10))
