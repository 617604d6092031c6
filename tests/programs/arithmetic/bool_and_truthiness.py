# bool is an int subclass; truthiness of every built-in kind of object.
print(True + True, True * 10, -True, ~True, True / 2, True // 1, True & False, True | 2)
print(isinstance(True, int), bool.__mro__, int(True), str(False), repr(True))
values = [0, 1, -1, 0.0, 0.1, "", " ", b"", b"\x00", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), None, range(0), range(1), 0j, 1j, ..., NotImplemented.__class__]
print([bool(value) for value in values])
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, not 0, not [1])
x = 5
print(1 < x < 10, 1 < x > 4, x == 5 == 5.0, (x > 1) is True, 2 > 1 is not None)
print(sum([True, True, False]), max(False, True), sorted([True, False, 1, 0]))
print(True.__class__.__name__, bool(), bool(True), True is bool(1))
try:
    bool.__new__(bool, 1, 2)
except TypeError as error:
    print("TypeError:", error)
try:
    class MoreBool(bool):
        pass
except TypeError as error:
    print("TypeError:", error)
