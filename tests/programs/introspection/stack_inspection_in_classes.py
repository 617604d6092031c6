# Frames during class creation and decorators: who is running the class body.
import sys
def current_name():
    return sys._getframe(1).f_code.co_name
class Outer:
    body_frame = current_name()
    class Inner:
        body_frame = current_name()
    def method(self):
        return current_name()
print(Outer.body_frame, Outer.Inner.body_frame, Outer().method())
def decorator(func):
    decorator.seen = sys._getframe(1).f_code.co_name
    return func
class Decorated:
    @decorator
    def method(self):
        pass
print(decorator.seen)
def module_name_of_caller():
    return sys._getframe(1).f_globals["__name__"]
print(module_name_of_caller())
lambda_frame = (lambda: sys._getframe().f_code.co_name)()
comprehension_frame = [sys._getframe().f_code.co_name for _ in range(1)]
genexp_frame = list(sys._getframe().f_code.co_name for _ in range(1))
print(lambda_frame, comprehension_frame, genexp_frame)
