# try/except/else/finally: which blocks run on each path, in order.
def run(action):
    trail = []
    try:
        trail.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            return trail + ["returned from try"]
        if action == "other":
            raise KeyError("k")
    except ValueError:
        trail.append("except ValueError")
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    trail.append("after")
    return trail
for action in ["nothing", "raise", "return"]:
    print(action, run(action))
try:
    run("other")
except KeyError as error:
    print("other -> KeyError escapes after finally:", error)
def multiple_handlers(exc):
    try:
        raise exc
    except (TypeError, ValueError) as error:
        return f"tuple handler: {type(error).__name__}"
    except LookupError as error:
        return f"base class handler: {type(error).__name__}"
    except Exception:
        return "generic handler"
for exc in [TypeError(), ValueError(), KeyError(), IndexError(), ZeroDivisionError()]:
    print(multiple_handlers(exc))
def variable_cleared():
    try:
        raise ValueError("bound")
    except ValueError as error:
        pass
    try:
        return error
    except UnboundLocalError as problem:
        return f"UnboundLocalError: {problem}"
print(variable_cleared())
e = "global e"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in globals())
