# When the failing expression is the whole line, CPython prints no caret line.
def fail():
    raise RuntimeError("whole line")
fail()
