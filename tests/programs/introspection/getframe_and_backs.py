# sys._getframe: the current frame, its callers through f_back, f_code, f_lineno and f_globals.
import sys
def who_called_me():
    frame = sys._getframe(1)
    return f"{frame.f_code.co_name} at line {frame.f_lineno}"
def caller_a():
    return who_called_me()
def stack_names():
    names = []
    frame = sys._getframe()
    while frame:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names
def outer():
    def inner():
        return stack_names()
    return inner()
print(caller_a())
print(outer())
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_lineno, frame.f_globals is globals(), frame.f_back, frame.f_code.co_filename == __file__)
try:
    sys._getframe(50)
except ValueError as error:
    print("ValueError:", error)
def lineno_changes():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(lineno_changes())
print(sys._getframe(0).f_code.co_qualname, type(frame).__name__, frame.f_lasti >= 0, frame.f_builtins is __builtins__.__dict__ if not isinstance(__builtins__, dict) else True)
class K:
    def method(self):
        return sys._getframe().f_code.co_qualname, sys._getframe().f_locals["self"] is self
print(K().method())
