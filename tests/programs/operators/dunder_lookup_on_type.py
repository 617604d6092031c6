# Special methods are looked up on the type, not the instance (implicit calls skip instance dicts).
class Thing:
    def __len__(self):
        return 1
    def __repr__(self):
        return "Thing"
t = Thing()
t.__len__ = lambda: 99
t.__repr__ = lambda: "instance repr"
print(len(t), t.__len__(), repr(t), t.__repr__())
Thing.__len__ = lambda self: 5
print(len(t))
del Thing.__len__
try:
    len(t)
except TypeError as error:
    print("TypeError:", error)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, item):
        return f"Meta[{item}]"
class WithMeta(metaclass=Meta):
    pass
print(len(WithMeta), WithMeta[3])
class ClassGetItem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(ClassGetItem[int], list[int], dict[str, int], type(list[int]).__name__)
class GetattrNoDunder:
    def __getattr__(self, name):
        return lambda *args: f"getattr {name}"
g = GetattrNoDunder()
print(g.anything(), g.__len__())
try:
    len(g)
except TypeError as error:
    print("TypeError:", error)
