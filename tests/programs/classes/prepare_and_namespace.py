# __prepare__ supplies the class body's namespace; its order and contents reach __new__.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"  __prepare__({name}, {kwargs})")
        return Recording()
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        cls.field_order = namespace.order
        return cls
class Record(metaclass=Meta, option=True):
    zebra = 1
    apple = 2
    def method(self):
        pass
    mango = 3
print(Record.field_order)
class AutoNumber(dict):
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self[key] = len([k for k in self if not k.startswith("__")])
        return self[key]
class Enumish(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()
class Color(metaclass=Enumish):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as error:
    print("TypeError:", error)
import types
print(types.prepare_class("T", (), {"metaclass": Meta})[1].__class__.__name__)
