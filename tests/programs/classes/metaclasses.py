# Metaclasses: __new__/__init__/__call__ of the metaclass, keyword arguments, and derivation.
class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        print(f"  Meta.__new__({name}, kwargs={kwargs})")
        namespace["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, namespace)
    def __init__(cls, name, bases, namespace, **kwargs):
        print(f"  Meta.__init__({name})")
        super().__init__(name, bases, namespace)
    def __call__(cls, *args, **kwargs):
        print(f"  Meta.__call__({cls.__name__}, {args})")
        return super().__call__(*args, **kwargs)
class Widget(metaclass=Meta, flavour="vanilla"):
    def __init__(self, size):
        self.size = size
w = Widget(3)
print(w.size, Widget.created_by, type(Widget).__name__)
class SubWidget(Widget):
    pass
print(type(SubWidget).__name__)
class Singleton(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
print(Config(1) is Config(2), Config(3).value)
class MetaA(type): pass
class MetaB(type): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
try:
    class C(A, B):
        pass
except TypeError as error:
    print("TypeError:", error)
class MetaAB(MetaA, MetaB): pass
class C(A, B, metaclass=MetaAB): pass
print(type(C).__name__)
def function_metaclass(name, bases, namespace):
    return f"not a class: {name} {sorted(k for k in namespace if not k.startswith('__'))}"
class Weird(metaclass=function_metaclass):
    attribute = 1
print(Weird)
print(type(type), type.__class__, isinstance(type, type), type(object).__name__)
