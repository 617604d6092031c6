# redirect_stdout/redirect_stderr and replacing sys.stdout by hand: print follows sys.stdout.
import contextlib
import io
import sys
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("into the buffer")
    sys.stdout.write("written directly\n")
    help_text = "print uses the current sys.stdout"
print("captured:", repr(buffer.getvalue()))
original = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = original
print("manual swap captured:", repr(captured))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    import warnings
    warnings.warn("warning into redirected stderr")
print("stderr captured:", [line.split(":")[-1].strip() for line in err.getvalue().splitlines()][:2])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
class Upper(io.StringIO):
    def write(self, text):
        return original.write(text.upper())
with contextlib.redirect_stdout(Upper()):
    print("shouting through a custom stream")
print("end=|", end="|\n")
print("a", "b", sep="+", end="!\n", flush=True)
print(*range(3), file=sys.stdout)
