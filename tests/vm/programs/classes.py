"""Classes: inheritance, super, properties, descriptors, dunders, metaclasses, slots."""


class Base:
    kind = "base"

    def __init__(self, value):
        self.value = value

    def describe(self):
        return f"{type(self).__name__}({self.value}) is a {self.kind}"

    def __repr__(self):
        return f"<{self.describe()}>"

    def __eq__(self, other):
        return isinstance(other, Base) and self.value == other.value

    def __hash__(self):
        return hash(self.value)

    def __lt__(self, other):
        return self.value < other.value

    def __add__(self, other):
        return type(self)(self.value + other.value)


class Derived(Base):
    kind = "derived"

    def __init__(self, value, extra=0):
        super().__init__(value)
        self.extra = extra

    def describe(self):
        return "derived: " + super().describe()

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.value = v // 2

    @staticmethod
    def static(x):
        return x + 1

    @classmethod
    def make(cls, v):
        return cls(v)


d = Derived(5)
print(d, d.doubled, Derived.static(1), Derived.make(3), d == Derived(5), {d, Derived(5)})
d.doubled = 40
print(d.value, sorted([Derived(3), Derived(1), Derived(2)]), Derived(1) + Derived(2))
print(Derived.__mro__, Derived.__name__, Derived.__qualname__, Derived.describe.__qualname__)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = kw
        return cls

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"prepared": True}


class WithMeta(metaclass=Meta, flag=1):
    pass


print(WithMeta.created_by, WithMeta.prepared, WithMeta.options, type(WithMeta).__name__)


class Registry:
    subclasses = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)


class One(Registry, tag="one"):
    pass


class Two(One, tag="two"):
    pass


print(Registry.subclasses, One.tag, Two.tag)


class Named:
    def __set_name__(self, owner, name):
        self.name = f"{owner.__name__}.{name}"

    def __get__(self, obj, objtype=None):
        return self if obj is None else f"value of {self.name}"


class HasNamed:
    attr = Named()


print(HasNamed.attr.name, HasNamed().attr)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, x):
        self.x = x


print(Singleton(1) is Singleton(2), Singleton(3).x)


class Container:
    def __init__(self):
        self.items = {}

    def __getitem__(self, key):
        return self.items.get(key, "missing")

    def __setitem__(self, key, value):
        self.items[key] = value

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(sorted(self.items))

    def __contains__(self, key):
        return key in self.items

    def __call__(self, *args):
        return args

    def __bool__(self):
        return bool(self.items)


c = Container()
print(bool(c), c["x"])
c["x"] = 1
c["a"] = 2
print(len(c), list(c), "a" in c, c(1, 2), bool(c))


class Outer:
    class Inner:
        def method(self):
            return __class__.__qualname__


print(Outer.Inner().method())


class Dyn:
    def __getattr__(self, name):
        return name.upper()


print(Dyn().hello, getattr(Dyn(), "x"), hasattr(Dyn(), "y"))
print(type("Made", (Base,), {"kind": "made"})(7).describe())
