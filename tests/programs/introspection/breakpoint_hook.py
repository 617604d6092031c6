# breakpoint() calls sys.breakpointhook; PYTHONBREAKPOINT=0 disables it. Here a custom hook.
import sys
def my_hook(*args, **kwargs):
    frame = sys._getframe(1)
    print(f"breakpoint hit in {frame.f_code.co_name} at line {frame.f_lineno} with {args} {kwargs}")
    return "hook result"
sys.breakpointhook = my_hook
def work():
    value = 42
    return breakpoint("arg", key="word")
print(work())
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
