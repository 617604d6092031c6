# The traceback module formatting interpreted frames: format_exc, extract_tb, print_stack, TracebackException.
import traceback
import sys
def fail(depth):
    if depth == 0:
        raise ValueError("at the bottom")
    fail(depth - 1)
try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "<this file>"))
    kind, value, tb = sys.exc_info()
    for summary in traceback.extract_tb(tb):
        print(summary.name, summary.lineno, summary.line, summary.colno, summary.end_colno)
def show_stack():
    for line in traceback.format_stack(limit=2):
        print(line.replace(__file__, "<this file>").rstrip())
def caller():
    show_stack()
caller()
try:
    try:
        1 / 0
    except ZeroDivisionError as error:
        raise KeyError("outer") from error
except KeyError as error:
    exception = traceback.TracebackException.from_exception(error)
    print("".join(exception.format()).replace(__file__, "<this file>"))
    print(exception.exc_type.__name__, len(exception.stack), exception.__cause__.exc_type.__name__)
print(traceback.format_exception_only(ValueError("just the line")))
traceback.print_exc()
print("print_exc with no exception prints NoneType: None to stderr", file=sys.stdout)
