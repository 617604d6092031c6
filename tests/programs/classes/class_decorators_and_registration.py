# Class decorators that add methods, wrap __init__, and register classes; order with metaclasses.
import functools
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    original_init = cls.__init__
    cls.instances = 0
    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls
class Meta(type):
    def __new__(mcls, name, bases, namespace):
        print(f"  metaclass creates {name}")
        return super().__new__(mcls, name, bases, namespace)
def announce(cls):
    print(f"  decorator receives {cls.__name__}")
    return cls
@announce
@add_repr
@count_instances
class Point(metaclass=Meta):
    def __init__(self, x, y):
        self.x, self.y = x, y
p, q = Point(1, 2), Point(3, 4)
print(p, q, Point.instances, Point.__init__.__name__, type(Point).__name__)
def replace_with_function(cls):
    return lambda: f"the class {cls.__name__} was replaced"
@replace_with_function
class Gone:
    pass
print(Gone())
