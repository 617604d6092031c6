# __import__ returns the top-level package unless fromlist is given; import statements call builtins.__import__.
top = __import__("shapes.geometry.vector")
print(top.__name__, hasattr(top, "geometry"))
leaf = __import__("shapes.geometry.vector", fromlist=["describe"])
print(leaf.__name__)
via_level = __import__("circle", globals={"__name__": "shapes.x", "__package__": "shapes"}, fromlist=["Circle"], level=1)
print(via_level.__name__)
import builtins
original = builtins.__import__
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    # Only the program's own imports: which stdlib modules are already loaded
    # at start-up (and so which imports they make) depends on the site setup.
    if name == "json" or name.startswith("shapes"):
        print(f"  __import__({name!r}, fromlist={fromlist}, level={level})")
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import json
from shapes import square
import shapes.circle as c
builtins.__import__ = original
print(json.__name__, square.__name__, c.__name__)
