# int() and str() conversions: bases, underscores, whitespace, and the digit limit.
import sys
print(int("42"), int(" -42 "), int("1_000"), int("z", 36), int("0x1F", 16), int("0b11", 0))
print(int(3.7), int(True), int("٣"), int(b"12"), int(bytearray(b"7")))
for text, base in [("12a", 10), ("1__0", 10), ("", 10), ("0x", 16), ("9", 8), ("0o8", 0)]:
    try:
        int(text, base)
    except ValueError as error:
        print("ValueError:", error)
try:
    int("1", 37)
except ValueError as error:
    print("ValueError:", error)
try:
    int(None)
except TypeError as error:
    print("TypeError:", error)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as error:
    print("ValueError:", str(error)[:70])
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)))
class Indexable:
    def __index__(self):
        return 7
class Intable:
    def __int__(self):
        return 9
class Truncable:
    def __trunc__(self):
        return 11
print(int(Intable()), bin(Indexable()), [10, 20, 30, 40, 50, 60, 70, 80][Indexable()])
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(int(Truncable()))
print([str(w.category.__name__) for w in caught])
print(round(123.456, 1), round(-123.456, -1), round(10**20 + 0.0), f"{1e21:f}"[:10])
