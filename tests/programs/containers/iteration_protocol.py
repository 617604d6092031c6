# for loops call iter() then next() until StopIteration; iterators are iterable themselves.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        if self.current <= 0:
            print("  StopIteration")
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in CountDown(3):
    print(n)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"), iter(it) is it)
try:
    next(it)
except StopIteration as stop:
    print("StopIteration", stop.args)
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 3, 2, 1]
print(list(calls))
for i, x in enumerate("ab", start=10):
    print(i, x)
print(list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")), list(map(pow, [2, 3], [3, 2])))
try:
    list(zip("ab", "c", strict=True))
except ValueError as error:
    print("ValueError:", error)
print(list(filter(None, [0, 1, "", "x"])), list(reversed("abc")), sorted("cab"), list(range(5, 0, -2)))
for x in range(3):
    if x == 5:
        break
else:
    print("no break: else runs")
while False:
    pass
else:
    print("while else runs")
it2 = iter(range(10))
print([x for x in it2 if x == 3], next(it2, 'exhausted'))
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all([]), any([]))
