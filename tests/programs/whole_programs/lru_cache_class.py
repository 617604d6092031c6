# An LRU cache built on OrderedDict, used to memoize a recursive function, with hit statistics.
from collections import OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
            self.evictions += 1
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRUCache({list(self.data)}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"
def memoized(cache):
    def decorator(function):
        def wrapper(n):
            result = cache.get(n)
            if result is None:
                result = function(n)
                cache.put(n, result)
            return result
        return wrapper
    return decorator
cache = LRUCache(64)
@memoized(cache)
def partitions(n):
    """Number of ways to write n as a sum of positive integers (Euler's pentagonal recurrence)."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    total, k = 0, 1
    while True:
        for pentagonal in (k * (3 * k - 1) // 2, k * (3 * k + 1) // 2):
            if pentagonal > n:
                return total
            total += (-1) ** (k + 1) * partitions(n - pentagonal)
        k += 1
print([partitions(n) for n in range(15)])
print(partitions(60), len(cache), cache.hits, cache.misses, cache.evictions)
