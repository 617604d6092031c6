# f_lineno follows execution line by line, in loops, multi-line statements, and after exceptions.
import sys
def lines():
    frame = sys._getframe()
    seen = [frame.f_lineno]
    for i in range(2):
        seen.append(frame.f_lineno)
    value = (1 +
             frame.f_lineno)
    seen.append(value - 1)
    try:
        raise ValueError
    except ValueError:
        seen.append(frame.f_lineno)
    seen.append(sys._getframe().f_back.f_lineno)
    return seen
first = lines()
print([n - first[0] for n in first])
def caller_line():
    return sys._getframe(1).f_lineno
x = (caller_line(),
     caller_line())
print(x[1] - x[0])
def traceback_lines():
    try:
        [][1]
    except IndexError as error:
        tb = error.__traceback__
        return tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno, tb.tb_lasti >= 0
print(traceback_lines())
