# with on objects lacking the protocol, and exceptions raised by __enter__ or __exit__.
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *args):
        pass
for obj in [NoExit(), NoEnter(), 42]:
    try:
        with obj:
            pass
    except TypeError as error:
        print("TypeError:", error)
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *args):
        print("  __exit__ is not called when __enter__ fails")
try:
    with EnterFails():
        print("never")
except OSError as error:
    print("OSError:", error)
class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        raise RuntimeError(f"exit failed while handling {kind.__name__ if kind else None}")
try:
    with ExitFails():
        raise ValueError("original")
except RuntimeError as error:
    print("RuntimeError:", error, "| context:", repr(error.__context__))
try:
    with ExitFails():
        pass
except RuntimeError as error:
    print("RuntimeError:", error, "| context:", error.__context__)
class Outer:
    def __enter__(self):
        print("  outer enter")
    def __exit__(self, *exc):
        print("  outer exit sees", exc[0].__name__ if exc[0] else None)
try:
    with Outer(), EnterFails():
        pass
except OSError:
    print("inner __enter__ failure still exits the outer manager")
