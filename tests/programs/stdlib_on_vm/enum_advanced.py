# enum hooks written in Python: _missing_, _generate_next_value_, methods, StrEnum, aliases, pickling.
import enum
import pickle
class Status(enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None
print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("deleted")
except ValueError as error:
    print("ValueError:", error)
class Named(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    ALPHA = enum.auto()
    BETA = enum.auto()
print([m.value for m in Named])
class Color(enum.StrEnum):
    RED = enum.auto()
    GREEN = "g"
print(Color.RED, Color.GREEN.upper(), Color.RED == "red", f"{Color.GREEN}", sorted(Color))
class Shape(enum.IntFlag):
    ROUND = 1
    RED = 2
    BIG = 4
print(Shape.ROUND | Shape.BIG, int(Shape.ROUND | Shape.RED), Shape(7), list(Shape(5)))
print(pickle.loads(pickle.dumps(Status.ACTIVE)) is Status.ACTIVE, Status.__members__.keys())
class Weekday(enum.Enum):
    MON = 1
    TUE = 2
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.TUE.next(), Weekday["MON"], Weekday(2).name)
