# sys.__excepthook__ and sys.excepthook print to a redirected stderr exactly as
# CPython's C printer does, corner cases of SyntaxError offsets included
# (test_exceptions' test_range_of_offsets).
import sys, io, contextlib
for args in [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 2, "abcdefg", 1, 3), ("bad.py", 1, 2, "abcdefg", 1, -2), ("bad.py", 1, 4, "abcdefg", 1, 2), ("bad.py", 1, -4, "abcdefg", 1, -2), ("bad.py", 1, 0, "abcdefg", 1, 5), ("bad.py", 1, 2, "abcdefg", 1, 100)]:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        buffer = io.StringIO()
        with contextlib.redirect_stderr(buffer):
            sys.__excepthook__(*sys.exc_info())
        print(buffer.getvalue())
try:
    try:
        1/0
    except Exception as e:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from e
except Exception:
    buffer = io.StringIO()
    with contextlib.redirect_stderr(buffer):
        sys.excepthook(*sys.exc_info())
    print(buffer.getvalue())
