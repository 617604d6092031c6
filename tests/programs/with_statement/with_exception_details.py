# What __exit__ receives: the exception type, instance and traceback, and re-raising a different one.
import traceback
class Inspect:
    def __exit__(self, kind, value, tb):
        print("  kind:", kind.__name__ if kind else None)
        print("  value:", repr(value))
        if tb is not None:
            print("  traceback line:", tb.tb_lineno, tb.tb_frame.f_code.co_name)
        return False
    def __enter__(self):
        return self
def work():
    with Inspect():
        raise ValueError("inside with")
try:
    work()
except ValueError as error:
    print("propagated:", error, "| frames:", [f.name for f in traceback.extract_tb(error.__traceback__)])
class Transform:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        if kind is KeyError:
            raise LookupError("transformed") from value
try:
    with Transform():
        {}["k"]
except LookupError as error:
    print("LookupError:", error, "| cause:", repr(error.__cause__), "| context:", repr(error.__context__))
class ExitSeesGeneratorExit:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print("  exit during close:", kind.__name__ if kind else None)
def gen():
    with ExitSeesGeneratorExit():
        yield 1
g = gen()
next(g)
g.close()
