# add_note, args, str/repr of exceptions, with_traceback, and built-in exception attributes.
error = ValueError("main message")
error.add_note("first note")
error.add_note("second note")
print(error.__notes__, str(error), repr(error), error.args)
try:
    error.add_note(42)
except TypeError as problem:
    print("TypeError:", problem)
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(Exception("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
try:
    open("/definitely/not/here")
except FileNotFoundError as problem:
    print(problem.errno, problem.strerror, problem.filename, isinstance(problem, OSError), type(problem).__mro__[1].__name__)
print(OSError(2, "msg").__class__.__name__, IOError is OSError, EnvironmentError is OSError)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as problem:
    print(problem.encoding, problem.object, problem.start, problem.end, problem.reason)
se = SyntaxError("bad", ("file.py", 3, 5, "x = = 1\n", 3, 8))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
stop = StopIteration("value")
print(stop.value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt().args)
import traceback
def make():
    try:
        raise RuntimeError("with tb")
    except RuntimeError as e:
        return e
caught = make()
print(caught.__traceback__.tb_lineno, caught.__traceback__.tb_frame.f_code.co_name)
fresh = ValueError("moved")
print(fresh.with_traceback(caught.__traceback__).__traceback__ is caught.__traceback__)
print(issubclass(BaseExceptionGroup, BaseException), ArithmeticError.__subclasses__()[:3])
class MyError(Exception):
    def __str__(self):
        return "custom str"
print(str(MyError("ignored")), repr(MyError("x")))
