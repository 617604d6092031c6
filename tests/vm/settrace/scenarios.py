"""Programs traced with sys.settrace, each printing the events its trace
function saw: (event, function, line, argument). test_sys_settrace.py runs
this file under python3.12 and under clearpy and compares, scenario by
scenario. Each scenario is the source of a small program; its trace
function is ``record`` (or one it defines itself)."""

import sys

SCENARIOS = {}


def scenario(name):
    def register(source):
        SCENARIOS[name] = source
        return source
    return register


scenario("function calls and returns")("""
def add(a, b):
    total = a + b
    return total
def caller():
    return add(1, 2) * 2
sys.settrace(record)
caller()
sys.settrace(None)
""")

scenario("loops, including one on a single line")("""
def loops():
    total = 0
    for i in range(3):
        total += i
    n = 0
    while n < 3: n += 1
    for j in range(2): pass
    return total
sys.settrace(record)
loops()
sys.settrace(None)
""")

scenario("exception caught")("""
def boom():
    raise ValueError("no")
def catcher():
    try:
        boom()
    except ValueError as error:
        caught = error
    finally:
        done = True
    return 1
sys.settrace(record)
catcher()
sys.settrace(None)
""")

scenario("exception uncaught leaves frames by 'return' None")("""
def inner():
    return 1 / 0
def middle():
    inner()
def outer():
    try:
        middle()
    except ZeroDivisionError:
        raise
sys.settrace(record)
try:
    outer()
except ZeroDivisionError:
    pass
sys.settrace(None)
""")

scenario("generators: call on each resume, return on each yield, throw and close")("""
def numbers():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 3
    finally:
        pass
def delegate():
    yield from numbers()
sys.settrace(record)
g = numbers()
next(g); next(g)
g.throw(KeyError)
g.close()
list(delegate())
sys.settrace(None)
""")

scenario("comprehensions, lambdas, classes, with")("""
class Box:
    size = 3
    def __repr__(self):
        return "Box()"
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
def build():
    squares = [n * n for n in range(3)]
    double = lambda v: v * 2
    with Box() as box:
        value = double(box.size)
    return squares, value
sys.settrace(record)
build()
sys.settrace(None)
""")

scenario("settrace from inside a function: only new frames are traced")("""
def helper():
    return 5
def starts_tracing():
    sys.settrace(record)
    x = helper()
    return x
starts_tracing()
sys.settrace(None)
""")

scenario("f_trace set by hand on running frames")("""
def helper():
    return 5
def running():
    frame = sys._getframe()
    frame.f_trace = record
    sys.settrace(lambda frame, event, arg: None)
    a = helper()
    b = a + 1
    sys.settrace(None)
    return b
running()
""")

scenario("global trace function returning None: no local events")("""
calls = []
def only_calls(frame, event, arg):
    if frame.f_code.co_filename == FILENAME:
        calls.append((event, frame.f_code.co_name, frame.f_lineno))
    return None
def work():
    a = 1
    return a
sys.settrace(only_calls)
work(); work()
sys.settrace(None)
print(calls)
""")

scenario("local trace function returning None keeps the local one")("""
def local(frame, event, arg):
    record(frame, event, arg)
    return None
def starter(frame, event, arg):
    if frame.f_code.co_filename == FILENAME:
        record(frame, event, arg)
        return local
def work():
    a = 1
    b = 2
    return a + b
sys.settrace(starter)
work()
sys.settrace(None)
""")

scenario("opcode events and f_trace_lines")("""
def opcodes(frame, event, arg):
    if frame.f_code.co_filename != FILENAME:
        return None
    if event == "call":
        frame.f_trace_opcodes = True
        frame.f_trace_lines = frame.f_code.co_name != "quiet"
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno, frame.f_lasti))
    return opcodes
def work(a):
    b = a + 1
    return b
def quiet():
    c = 3
    return c
sys.settrace(opcodes)
work(1)
sys.settrace(opcodes)   # (CPython 3.12.1 switches 'opcode' events on here)
work(1)
quiet()
sys.settrace(None)
""")

scenario("settrace(None) from a 'line' event stops the 'opcode' events")("""
def stopper(frame, event, arg):
    if frame.f_code.co_filename != FILENAME:
        return None
    record(frame, event, arg)
    if event == "line":
        sys.settrace(None)
    return stopper
def work():
    sys._getframe().f_trace_opcodes = True
    sys.settrace(stopper)
    sys._getframe().f_trace = stopper
    a = 1
    return a
work()
""")

scenario("a trace function that raises stops tracing")("""
def failing(frame, event, arg):
    if frame.f_code.co_filename != FILENAME:
        return None
    record(frame, event, arg)
    if event == "line" and frame.f_lineno == 8:
        raise RuntimeError("from the trace function")
    return failing
def work():
    a = 1
    b = 2
    return a + b
sys.settrace(failing)
try:
    work()
except RuntimeError as error:
    print("caught", error, sys.gettrace())
def after():
    return 0
after()
sys.settrace(None)
""")

scenario("changing a variable from the trace function")("""
def changer(frame, event, arg):
    if frame.f_code.co_filename != FILENAME:
        return None
    if event == "line" and frame.f_lineno == 7:
        frame.f_locals["a"] = 100
    return changer
def work():
    a = 1
    return a
sys.settrace(changer)
print(work())
sys.settrace(None)
""")

scenario("setprofile: call, return, c_call, c_return, c_exception")("""
def profile(frame, event, arg):
    if frame.f_code.co_filename == FILENAME:
        name = getattr(arg, "__name__", None) if event.startswith("c_") else repr(arg)
        EVENTS.append((event, frame.f_code.co_name, name))
def work(items):
    items.append(len(items))
    try:
        int("x")
    except ValueError:
        pass
    exec("items.append(0)", {"items": items})
    return sorted(items)
sys.setprofile(profile)
work([3, 1])
sys.setprofile(None)
print(sys.getprofile())
""")

scenario("an iterator class ending a for loop and a yield from")("""
class Countdown:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Countdown()"
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
def inner():
    yield 1
    return 7
def outer():
    result = yield from inner()
    for value in Countdown(2):
        pass
    for value in inner():
        pass
    return result
sys.settrace(record)
list(outer())
sys.settrace(None)
""")

scenario("coroutines driven by hand")("""
import types
@types.coroutine
def pause():
    yield "paused"
async def child():
    await pause()
    return 2
async def parent():
    value = await child()
    return value + 1
sys.settrace(record)
coroutine = parent()
coroutine.send(None)
try:
    coroutine.send(None)
except StopIteration as stop:
    print("result", stop.value)
sys.settrace(None)
""")

scenario("jumps: setting f_lineno from a 'line' event")("""
JUMPS = {14: 16, 16: 100, 17: 8, 18: 15, 20: 22, 23: 21}
def jumper(frame, event, arg):
    if frame.f_code.co_filename != FILENAME:
        return None
    record(frame, event, arg)
    if event == "line" and frame.f_lineno in JUMPS:
        try:
            frame.f_lineno = JUMPS.pop(frame.f_lineno)
        except ValueError as error:
            EVENTS.append(("refused", str(error)))
    return jumper
def work():
    a = 1
    b = 2
    c = 3
    for i in range(2):
        d = 4
    try:
        e = 5
    except KeyError:
        f = 6
    return a
sys.settrace(jumper)
work()
sys.settrace(None)
try:
    sys._getframe().f_lineno = 3
except ValueError as error:
    print(error)
""")

scenario("threading.settrace traces the threads started after it")("""
import threading
def work():
    x = 1
    return x
threading.settrace(record)
worker = threading.Thread(target=work)
worker.start()
worker.join()
threading.settrace(None)
print(sys.gettrace())
""")

scenario("a jump from a yield's 'return' event: the generator resumes there")("""
def jumper(frame, event, arg):
    if frame.f_code.co_filename != FILENAME:
        return None
    record(frame, event, arg)
    if event == "return" and frame.f_lineno == 13 and not JUMPED:
        JUMPED.append(True)
        frame.f_lineno = 11
    return jumper
JUMPED = []
def gen():
    EVENTS.append("body")
    yield 1
    yield 2
sys.settrace(jumper)
print(list(gen()))
sys.settrace(None)
""")

scenario("gettrace and the module frame's events")("""
sys.settrace(record)
x = 1
y = x + 1
print(sys.gettrace() is record)
sys.settrace(None)
""")


def run(name, source):
    filename = f"<{name}>"
    events = []

    def record(frame, event, arg):
        if frame.f_code.co_filename != filename:
            return None
        if event == "exception":
            shown = (arg[0].__name__, str(arg[1]))
        elif event == "return":
            shown = repr(arg) if not hasattr(arg, "gi_code") else type(arg).__name__
        else:
            shown = arg
        events.append((event, frame.f_code.co_name, frame.f_lineno, shown))
        return record

    namespace = {"sys": sys, "record": record, "EVENTS": events, "FILENAME": filename,
                 "__name__": "__scenario__"}
    try:
        exec(compile(source, filename, "exec"), namespace)
    except BaseException as error:
        sys.settrace(None)
        print("raised", type(error).__name__, error)
    sys.settrace(None)
    sys.setprofile(None)
    for event in events:
        print(event)


if __name__ == "__main__":
    for name, source in SCENARIOS.items():
        print(f"=== {name}")
        run(name, source)
