# Relative imports need a package: errors from a script and from going above the top level.
try:
    from . import anything
except ImportError as error:
    print(type(error).__name__, error)
try:
    exec("from .. import anything", {"__name__": "shapes", "__package__": "shapes"})
except ImportError as error:
    print(type(error).__name__, error)
try:
    exec("from . import nothing_here", {"__name__": "shapes.x", "__package__": "shapes"})
except ImportError as error:
    print(type(error).__name__, str(error).split(" (")[0])
try:
    __import__("square", globals={"__package__": 5}, level=1)
except TypeError as error:
    print("TypeError:", error)
