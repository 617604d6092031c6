# return, break and continue inside finally override what was happening.
import warnings
warnings.simplefilter("ignore", SyntaxWarning)
def finally_return_wins():
    try:
        return "from try"
    finally:
        return "from finally"
def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}, exception discarded"
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen
def return_value_evaluated_before_finally():
    x = "before"
    try:
        return x
    finally:
        x = "changed in finally"
def nested_finally():
    trail = []
    try:
        try:
            trail.append("inner try")
            return trail
        finally:
            trail.append("inner finally")
    finally:
        trail.append("outer finally")
print(finally_return_wins())
print(finally_swallows_exception())
print(break_in_finally())
print(continue_in_finally())
print(return_value_evaluated_before_finally())
print(nested_finally())
def finally_with_loop_return():
    for i in range(5):
        try:
            if i == 2:
                return f"returned at {i}"
        finally:
            print(f"  finally {i}")
print(finally_with_loop_return())
