# abc: abstract methods block instantiation; register() and __subclasshook__ make virtual subclasses.
from abc import ABC, abstractmethod, abstractproperty
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
try:
    Shape()
except TypeError as error:
    print("TypeError:", error)
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    @property
    def name(self):
        return "square"
print(Square(3).describe(), isinstance(Square(1), Shape), Shape.__abstractmethods__)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as error:
    print("TypeError:", error)
class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
    def __contains__(self, item):
        return False
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Sequence))
@cabc.Sequence.register
class Registered:
    pass
print(issubclass(Registered, cabc.Sequence), isinstance([], cabc.MutableSequence), isinstance({}, cabc.Mapping))
class MyMapping(cabc.Mapping):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        return self.data[key]
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(self.data)
m = MyMapping({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), list(m.items()), "b" in m, m == {"a": 1, "b": 2}, list(m.keys()))
