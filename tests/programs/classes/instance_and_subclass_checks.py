# isinstance/issubclass consult __instancecheck__/__subclasscheck__ on the metaclass, and tuples/unions.
class Meta(type):
    def __instancecheck__(cls, instance):
        print(f"  __instancecheck__({type(instance).__name__})")
        return isinstance(instance, int) and instance > 0
    def __subclasscheck__(cls, subclass):
        print(f"  __subclasscheck__({subclass.__name__})")
        return subclass in (int, bool)
class Positive(metaclass=Meta):
    pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive))
print(issubclass(bool, Positive), issubclass(str, Positive))
print(isinstance(Positive(), Positive))
print(isinstance(3, (str, int)), isinstance(3, str | int), issubclass(bool, (str, (float, int))), isinstance(None, type(None) | int))
try:
    isinstance(3, "int")
except TypeError as error:
    print("TypeError:", error)
try:
    issubclass(3, int)
except TypeError as error:
    print("TypeError:", error)
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__)
print(isinstance(True, int), isinstance(int, type), isinstance(type, object), issubclass(type, object))
