# break, continue and return crossing try/finally and with blocks inside loops.
class Trace:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
    def __exit__(self, *exc):
        self.log.append(f"exit {self.name}")
def run():
    log = []
    for i in range(4):
        try:
            with Trace(f"w{i}", log):
                if i == 0:
                    continue
                if i == 2:
                    break
                log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log
print(run())
def returns_through_two_finallys():
    log = []
    def inner():
        for i in range(3):
            try:
                try:
                    if i == 1:
                        return "returned at 1"
                finally:
                    log.append(f"inner finally {i}")
            finally:
                log.append(f"outer finally {i}")
    return inner(), log
print(returns_through_two_finallys())
def exception_in_else():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("raised in else, not caught by the except above")
try:
    exception_in_else()
except KeyError as error:
    print("KeyError:", error)
def continue_in_except():
    out = []
    for v in ["1", "x", "3"]:
        try:
            out.append(int(v))
        except ValueError:
            continue
        finally:
            out.append("f")
    return out
print(continue_in_except())
def while_with_try():
    i = 0
    while i < 5:
        try:
            i += 1
            if i == 3:
                raise RuntimeError
        except RuntimeError:
            i += 10
    return i
print(while_with_try())
