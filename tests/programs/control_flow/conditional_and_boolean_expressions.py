# Short-circuit evaluation, conditional expressions, and truth tests calling __bool__/__len__.
def v(label, value):
    print(f"  eval {label}")
    return value
print(v("a", 0) and v("b", 1))
print(v("a", 1) and v("b", 2))
print(v("a", 0) or v("b", "") or v("c", "last"))
print(v("cond", True) if v("test", False) else v("else", "else branch"))
print(not v("x", []), not not v("y", [1]))
class Truth:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        print(f"  __bool__ -> {self.value}")
        return self.value
t, f = Truth(True), Truth(False)
print((t and "t") , (f or "f"), "yes" if t else "no", [x for x in [t, f] if x] == [t])
x = 5
result = "big" if x > 10 else "medium" if x > 3 else "small"
print(result)
print(1 < 2 and 2 < 3 or 1 / 0, None or 0 or [] or {} or "fallback", (0 and 1 / 0) == 0)
while f:
    print("never")
if not t:
    print("never")
elif f:
    print("never")
else:
    print("else branch reached")
print(all(Truth(b) for b in [True, False, True]), any(Truth(b) for b in [False, True, True]))
