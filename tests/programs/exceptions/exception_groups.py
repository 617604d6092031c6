# ExceptionGroup: construction, split/subgroup, derive, nesting, and the rules on arguments.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(repr(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + " (derived)", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)[0]), str(mg))
eg2 = ExceptionGroup("notes", [ValueError("x")])
eg2.add_note("a note")
m, r = eg2.split(ValueError)
print(m.__notes__ if hasattr(m, "__notes__") else None, r)
print(str(eg), eg.args[0], [type(e).__name__ for e in eg.exceptions])
