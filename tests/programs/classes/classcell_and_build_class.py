# __build_class__ directly, __classcell__, and what a metaclass must do with it.
import builtins
def body():
    x = 1
    def method(self):
        return __class__.__name__
    return locals()
def body_func():
    value = 42
    def get(self):
        return __class__
Made = builtins.__build_class__(lambda: None, "Made")
print(Made.__name__, Made.__mro__)
class Normal:
    def get(self):
        return __class__
print(Normal().get() is Normal)
class KeepsCell(type):
    def __new__(mcls, name, bases, namespace):
        print("  __classcell__ present:", "__classcell__" in namespace)
        return super().__new__(mcls, name, bases, namespace)
class UsesCell(metaclass=KeepsCell):
    def method(self):
        return super().__class__.__name__
print(UsesCell().method())
class DropsCell(type):
    def __new__(mcls, name, bases, namespace):
        namespace = {k: v for k, v in namespace.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, namespace)
try:
    class Broken(metaclass=DropsCell):
        def method(self):
            return __class__
    Broken().method()
except (RuntimeError, NameError) as error:
    print(type(error).__name__, error)
try:
    builtins.__build_class__()
except TypeError as error:
    print("TypeError:", error)
try:
    builtins.__build_class__(lambda: None, 5)
except TypeError as error:
    print("TypeError:", error)
