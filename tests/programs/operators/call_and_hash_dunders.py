# __call__, __hash__ (with __eq__), __format__, __repr__/__str__, __bytes__, __dir__, __sizeof__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
add = Adder(3)
print(add(4), add(4, twice=True), callable(add), callable(Adder), list(map(add, [1, 2])))
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
    def __str__(self):
        return self.k.upper()
    def __format__(self, spec):
        return f"<{self.k}:{spec}>"
    def __bytes__(self):
        return self.k.encode()
table = {Key("Alpha"): 1}
print(table[Key("ALPHA")], Key("a") in {Key("A")}, len({Key("x"), Key("X"), Key("y")}))
print(repr(Key("q")), str(Key("q")), f"{Key('q')}", f"{Key('q'):>5}", format(Key("q"), "x"))
print(bytes(Key("b")), [Key("r")], (Key("t"),), {"k": Key("v")}, f"{Key('s')!r} {Key('s')!s}")
class Dirs:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(Dirs()))
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__)
try:
    {EqNoHash()}
except TypeError as error:
    print("TypeError:", error)
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as error:
    print("TypeError:", error)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
