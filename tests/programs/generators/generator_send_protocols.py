# Generators as coroutines: priming, averaging, a little state machine, and return values.
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in [10, 20, 60]])
try:
    avg.send(None)
except StopIteration as stop:
    print("result:", stop.value)
def traffic_light():
    state = "red"
    while True:
        command = yield state
        if command == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif command == "reset":
            state = "red"
light = traffic_light()
print(next(light), light.send("next"), light.send("next"), light.send("reset"), light.send("next"))
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("  grep closing with", matches)
g = grep("py")
next(g)
for line in ["python", "ruby", "pypy"]:
    g.send(line)
g.close()
def gen_returning_from_yield_from():
    def sub():
        x = yield "sub"
        return x * 2
    result = yield from sub()
    yield result
g = gen_returning_from_yield_from()
print(next(g), g.send(21))
