# Classes and closures defined by exec, exec of code objects with free variables, and __builtins__.
namespace = {}
exec('''
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Point({self.x})"
def make_adder(n):
    return lambda v: v + n
''', namespace)
Point = namespace["Point"]
print(Point(3), Point.__module__, namespace["make_adder"](5)(1))
def outer():
    hidden = 42
    def inner():
        return hidden
    return inner
inner = outer()
print(inner.__code__.co_freevars)
try:
    exec(inner.__code__)
except TypeError as error:
    print("TypeError:", error)
print(exec(inner.__code__, {}, closure=inner.__closure__), "exec with closure= runs the code")
restricted = {"__builtins__": {"len": len}}
print(eval("len('four')", restricted))
try:
    eval("print('x')", restricted)
except NameError as error:
    print("NameError:", error)
exec("counter = 0\nfor i in range(5):\n    counter += i", namespace)
print(namespace["counter"])
import types
module = types.ModuleType("dynamic")
exec("def hello():\n    return f'hello from {__name__}'", module.__dict__)
print(module.hello())
