# The descriptor protocol: data vs non-data descriptors, precedence, and __get__ on classes.
class NonData:
    def __get__(self, instance, owner):
        return f"NonData.__get__({'instance' if instance is not None else None}, {owner.__name__})"
class Data:
    def __get__(self, instance, owner):
        return "Data.__get__"
    def __set__(self, instance, value):
        print(f"  Data.__set__({value!r})")
class WriteOnly:
    def __set__(self, instance, value):
        instance.__dict__["wo"] = f"stored {value}"
class Host:
    nd = NonData()
    d = Data()
    wo = WriteOnly()
h = Host()
print(h.nd, Host.nd, h.d, Host.d)
h.__dict__["nd"] = "instance dict wins over non-data"
h.__dict__["d"] = "instance dict loses to data"
print(h.nd, h.d)
h.d = 5
h.wo = 1
print(h.wo, Host.__dict__["wo"].__class__.__name__)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, instance, owner):
        return self if instance is None else getattr(instance, self.name)
    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(instance, self.name, value)
    def __delete__(self, instance):
        print("  __delete__", self.name)
        delattr(instance, self.name)
class Person:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, name, age):
        self.name, self.age = name, age
bob = Person("bob", 30)
print(bob.name, bob.age, Person.age.kind.__name__)
try:
    bob.age = "old"
except TypeError as error:
    print("TypeError:", error)
del bob.age
print(hasattr(bob, "_age"))
def plain(self):
    return "function is a non-data descriptor"
print(plain.__get__(h, Host)(), plain.__get__(None, Host) is plain, type(plain.__get__(h)).__name__)
print(classmethod(plain).__get__(None, Host)(), staticmethod(len).__get__(h)("xy"))
