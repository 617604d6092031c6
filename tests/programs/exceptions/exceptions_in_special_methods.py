# Exceptions raised by dunder methods called implicitly propagate as-is (no wrapping).
class Boom:
    def __eq__(self, other):
        raise ValueError("__eq__ exploded")
    def __hash__(self):
        return 1
    def __len__(self):
        raise KeyError("__len__ exploded")
    def __iter__(self):
        raise TypeError("__iter__ exploded")
    def __repr__(self):
        raise RuntimeError("__repr__ exploded")
    def __getattr__(self, name):
        raise LookupError(f"no {name}")
for label, action in [("==", lambda: Boom() == 1), ("in list", lambda: 1 in [Boom()]),
                      ("dict lookup", lambda: {Boom(): 1}[Boom()]), ("len", lambda: len(Boom())),
                      ("bool", lambda: bool(Boom())), ("iter", lambda: list(Boom())),
                      ("repr", lambda: repr([Boom()])), ("f-string", lambda: f"{Boom()!r}"),
                      ("getattr default", lambda: getattr(Boom(), "x", "default")),
                      ("hasattr", lambda: hasattr(Boom(), "x"))]:
    try:
        print(label, "->", action())
    except Exception as error:
        print(label, "->", type(error).__name__, error)
class BadStr(Exception):
    def __str__(self):
        raise ValueError("cannot str")
try:
    raise BadStr()
except BadStr as error:
    print("repr still works:", repr(error))
