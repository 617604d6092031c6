# Lookup order: data descriptors on the type, then the instance dict, then non-data descriptors/class attrs.
class Loud:
    def __init__(self, label, data=True):
        self.label, self.data = label, data
    def __get__(self, instance, owner):
        return f"{self.label}.__get__"
class Data(Loud):
    def __set__(self, instance, value):
        print(f"  {self.label}.__set__({value!r})")
class NonData:
    def __get__(self, instance, owner):
        return "NonData.__get__"
class Host:
    d = Data("data")
    n = NonData()
    plain = "class attribute"
h = Host()
h.__dict__.update(d="instance d", n="instance n", plain="instance plain")
print(h.d, h.n, h.plain)
h.d = "assign"
h.n = "assign replaces instance dict entry"
print(h.__dict__["n"], type(Host.__dict__["d"]).__name__)
class Meta(type):
    attr = "from metaclass"
    @property
    def meta_property(cls):
        return f"metaclass property of {cls.__name__}"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.attr, WithMeta.meta_property, hasattr(WithMeta(), "attr"), hasattr(WithMeta(), "meta_property"))
