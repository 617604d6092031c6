# A TypeError raised while matching (a bad __match_args__) is uncaught: its traceback points at the case.
class Shape:
    __match_args__ = ("a", "b")
    a = 1
def area(value):
    match value:
        case Shape(x, y, z):
            return x * y * z
area(Shape())
