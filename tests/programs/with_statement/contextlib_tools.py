# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout, chdir.
import contextlib
import io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as error:
        print(f"  handled {error} inside the generator")
    finally:
        print(f"</{name}>")
with tag("b") as upper:
    print("  inside", upper)
with tag("i"):
    raise ValueError("oops")
try:
    with tag("u"):
        raise KeyError("not handled")
except KeyError as error:
    print("KeyError:", error)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
class Closable:
    def close(self):
        print("  closed")
with contextlib.closing(Closable()):
    pass
with contextlib.ExitStack() as stack:
    for name in ["one", "two"]:
        stack.enter_context(tag(name))
    stack.callback(print, "  callback runs first")
with contextlib.nullcontext("null") as value:
    print(value)
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured line")
    print("another")
print(repr(buffer.getvalue()))
errors = io.StringIO()
import sys
with contextlib.redirect_stderr(errors):
    print("to stderr", file=sys.stderr)
print(repr(errors.getvalue()))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as error:
    print("RuntimeError:", error)
@contextlib.contextmanager
def yields_twice():
    yield
    yield
try:
    with yields_twice():
        pass
except RuntimeError as error:
    print("RuntimeError:", error)
