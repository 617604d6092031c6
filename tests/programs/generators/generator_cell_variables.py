# Generator and coroutine locals captured by inner functions live in cells made before the first resume.
def counter_generator():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump()
g = counter_generator()
print([next(g) for _ in range(3)])
def loop_variable_captured(limit):
    for n in range(limit):
        yield sum(1 for d in range(1, n + 1) if n % d == 0)
print(list(loop_variable_captured(8)))
def parameter_captured(prefix):
    yield (lambda text: prefix + text)("x")
    prefix = "changed-"
    yield (lambda text: prefix + text)("y")
print(list(parameter_captured("p-")))
async def coroutine_with_cell():
    value = "cell in a coroutine"
    def read():
        return value
    return read()
try:
    coroutine_with_cell().send(None)
except StopIteration as stop:
    print(stop.value)
