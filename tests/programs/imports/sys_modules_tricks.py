# sys.modules is the import cache: fake modules, forced re-execution, and None entries.
import sys
import types
fake = types.ModuleType("virtual_module", "A module created at run time.")
fake.answer = 42
sys.modules["virtual_module"] = fake
import virtual_module
print(virtual_module.answer, virtual_module.__doc__, virtual_module is fake)
from virtual_module import answer
print(answer)
import shapes.square
del sys.modules["shapes.square"]
print("re-importing after deleting from sys.modules:")
import shapes.square as fresh
print(fresh is not sys.modules.get("nothing"), "shapes.square" in sys.modules)
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ImportError as error:
    print(type(error).__name__, error)
class Replacement:
    value = "a class instance can stand in for a module"
sys.modules["replacement"] = Replacement()
import replacement
print(replacement.value)
print(type(sys.modules["sys"]).__name__, sys.modules["__main__"].__name__)
