# __init_subclass__ with keyword arguments, and __set_name__ called on descriptors at class creation.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print(f"  registered {cls.plugin_name}")
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class SubCsv(Csv):
    pass
print(sorted(Plugin.registry), SubCsv.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as error:
    print("TypeError:", error)
class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.owner_name = owner.__name__
        self.name = name
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, instance, value):
        instance.__dict__[self.name] = value
class Model:
    title = Field()
    body = Field()
m = Model()
m.title = "hello"
print(m.title, m.body, Model.title.owner_name, Model.body.name)
late = Field()
Model.late = late
print(hasattr(late, "name"))
class Raiser:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")
try:
    class Host:
        attr = Raiser()
except ValueError as error:
    print(type(error).__name__, error, error.__notes__ if hasattr(error, "__notes__") else "")
class Parent:
    def __init_subclass__(cls):
        print(f"  Parent.__init_subclass__({cls.__name__})")
class Mid(Parent):
    def __init_subclass__(cls):
        print(f"  Mid.__init_subclass__({cls.__name__})")
        super().__init_subclass__()
class Leaf(Mid):
    pass
