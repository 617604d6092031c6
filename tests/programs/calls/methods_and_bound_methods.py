# Bound methods: their __self__, __func__, equality, and calling through the class.
class Greeter:
    greeting = "hi"
    def greet(self, name):
        return f"{self.greeting} {name}"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def shout(text):
        return text.upper()
g = Greeter()
bound = g.greet
print(bound("ann"), Greeter.greet(g, "bob"), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(bound == g.greet, bound is g.greet, type(bound).__name__, bound.__name__, bound.__qualname__)
print(Greeter.make().greet("cm"), g.make().__class__.__name__, Greeter.shout("s"), g.shout("t"))
print(type(Greeter.__dict__["make"]).__name__, type(Greeter.__dict__["shout"]).__name__, type(Greeter.make).__name__)
g.greet = lambda name: f"instance attribute {name}"
print(g.greet("x"), Greeter.greet(g, "y"))
del g.greet
print(g.greet("z"))
class Sub(Greeter):
    greeting = "hello"
print(Sub().greet("sub"), Sub.make().greeting)
import types
def standalone(self):
    return f"standalone on {type(self).__name__}"
g.extra = types.MethodType(standalone, g)
print(g.extra())
Greeter.added_later = standalone
print(g.added_later())
print(list(map(Greeter.shout, ["a", "b"])), sorted(["b", "A"], key=str.lower))
