print("  first: start")
from . import second
VALUE = "first value"
print("  first: end, second.VALUE =", second.VALUE)
