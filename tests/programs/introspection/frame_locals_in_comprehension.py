# Inside an inlined comprehension (3.12), the frame is the function's: its f_locals include the function's locals.
import sys
def function():
    a = "outer local"
    return [sorted(sys._getframe().f_locals) for b in range(1)][0]
print(function())
def with_lambda():
    c = 1
    return [(lambda: sorted(sys._getframe(1).f_locals))() for d in range(1)][0]
print(with_lambda())
print([sys._getframe().f_code.co_name for _ in range(1)], (lambda: sys._getframe().f_code.co_name)())
