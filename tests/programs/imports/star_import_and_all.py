# from M import * honours __all__; without __all__ it skips names starting with underscore.
from shapes import *
print(sorted(name for name in dir() if not name.startswith("__")))
namespace = {}
exec("from shapes.circle import *", namespace)
print(sorted(name for name in namespace if not name.startswith("__")))
try:
    exec("def f():\n    from shapes import *", {})
except SyntaxError as error:
    print("SyntaxError:", error.msg)
import shapes
shapes.__all__.append("missing_name")
try:
    exec("from shapes import *", {})
except AttributeError as error:
    print("AttributeError:", error)
