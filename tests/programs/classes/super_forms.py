# super(): zero-argument and explicit forms, in methods, classmethods, __new__, and errors.
class Base:
    def __init__(self):
        self.trail = ["Base.__init__"]
    def greet(self):
        return "Base.greet"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
    def __new__(cls, *args):
        instance = super().__new__(cls)
        instance.made_by = f"Base.__new__({cls.__name__})"
        return instance
class Child(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Child.__init__")
    def greet(self):
        return "Child>" + super().greet() + "|" + super(Child, self).greet()
    @classmethod
    def create(cls):
        return "Child>" + super().create()
c = Child()
print(c.trail, c.greet(), Child.create(), c.made_by)
print(super(Child, c).greet(), super(Child, Child).create(), type(super(Child, c)).__name__)
def outside():
    try:
        super()
    except RuntimeError as error:
        print("RuntimeError:", error)
outside()
class NoArgs:
    def method():
        return super().__repr__()
try:
    NoArgs.method()
except RuntimeError as error:
    print("RuntimeError:", error)
class Lazy:
    def method(self):
        return (lambda: super().__class__.__name__)()
try:
    print(Lazy().method())
except RuntimeError as error:
    print("RuntimeError in lambda:", error)
try:
    super(int, "not an int")
except TypeError as error:
    print("TypeError:", error)
class Grand:
    def f(self):
        return "Grand"
class Parent(Grand):
    def f(self):
        return "Parent"
class Kid(Parent):
    def f(self):
        return super(Parent, self).f()
print(Kid().f())
class Cls:
    def m(self):
        __class__
        return __class__.__name__
print(Cls().m(), Cls.m.__closure__[0].cell_contents is Cls)
