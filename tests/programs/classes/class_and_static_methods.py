# classmethod and staticmethod: alternative constructors, inheritance, and wrapping.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-01-01"), Date.is_leap(1900), MyDate().is_leap(2000) if False else MyDate.is_leap(2000))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, sm(2024), callable(sm))
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), SubCounter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
class Wrapped:
    @classmethod
    @property
    def legacy(cls):
        return f"class property on {cls.__name__}"
try:
    print(Wrapped.legacy)
except Exception as error:
    print(type(error).__name__, error)
print(staticmethod(lambda: "bare").__func__(), classmethod(lambda c: c.__name__).__get__(None, int)())
