print("  second: start")
from . import first
print("  second sees first partially:", getattr(first, "VALUE", "<not yet defined>"))
VALUE = "second value"
print("  second: end")
