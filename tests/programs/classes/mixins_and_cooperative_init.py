# Cooperative multiple inheritance: every __init__ calls super().__init__(**kwargs) along the MRO.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments {sorted(kwargs)}")
        print("  Base.__init__")
class Named(Base):
    def __init__(self, name, **kwargs):
        print("  Named.__init__", name)
        self.name = name
        super().__init__(**kwargs)
class Sized(Base):
    def __init__(self, size=0, **kwargs):
        print("  Sized.__init__", size)
        self.size = size
        super().__init__(**kwargs)
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items()}, sort_keys=True)
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"
class Item(ReprMixin, JsonMixin, Named, Sized):
    pass
print([k.__name__ for k in Item.__mro__])
item = Item(name="box", size=3)
print(item, item.to_json())
try:
    Item(name="x", colour="red")
except TypeError as error:
    print("TypeError:", error)
