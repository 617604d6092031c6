# except*: each clause takes its matching part of the group; the rest is re-raised.
def handle(group):
    try:
        raise group
    except* ValueError as matched:
        print("  ValueError part:", [str(e) for e in matched.exceptions], type(matched).__name__)
    except* TypeError as matched:
        print("  TypeError part:", [str(e) for e in matched.exceptions])
print("mixed group:")
handle(ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")]))
print("leftover re-raised:")
try:
    handle(ExceptionGroup("g", [ValueError("a"), KeyError("k")]))
except ExceptionGroup as rest:
    print("  escaped:", repr(rest))
print("naked exception gets wrapped:")
try:
    raise ValueError("naked")
except* ValueError as matched:
    print("  ", repr(matched))
print("nested groups keep their structure:")
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), OSError(2)]), ValueError(3)])
except* ValueError as matched:
    print("  ", repr(matched))
except* OSError as matched:
    print("  ", repr(matched))
print("raising inside except* adds to the group:")
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("new")
except Exception as result:
    print("  ", repr(result), "| context:", repr(result.__context__))
for source in ["try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass",
               "try:\n    pass\nexcept*:\n    pass",
               "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break",
               "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1"]:
    try:
        exec(compile(source, "<s>", "exec"))
    except (SyntaxError, TypeError) as error:
        print(type(error).__name__, getattr(error, "msg", error))
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as error:
    print("TypeError:", error)
