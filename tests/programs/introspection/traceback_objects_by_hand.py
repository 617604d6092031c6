# types.TracebackType built by hand from frames, linked with tb_next, and used to raise.
import sys
import traceback
import types
def here():
    return sys._getframe(1)
frame = here()
tb = types.TracebackType(None, frame, frame.f_lasti, frame.f_lineno)
print(tb.tb_frame is frame, tb.tb_lineno == frame.f_lineno, tb.tb_next)
try:
    raise ValueError("with a hand-made traceback").with_traceback(tb)
except ValueError as error:
    print([f.name for f in traceback.extract_tb(error.__traceback__)][-1])
try:
    types.TracebackType(None, "not a frame", 0, 0)
except TypeError as error:
    print("TypeError:", error)
