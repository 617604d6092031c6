# sys.settrace sees interpreted calls, lines and returns (clearpy's own tracing is separate).
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("add", "caller"):
        events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg if event == "return" else None))
        return tracer
    return None
def add(a, b):
    total = a + b
    return total
def caller():
    return add(1, 2) * 2
sys.settrace(tracer)
result = caller()
sys.settrace(None)
print(result)
for event in events:
    print(event)
print(sys.gettrace())
