# Imports are statements: inside functions (local names), conditionals, try/except ImportError.
def uses_local_import():
    import json as local_json
    return local_json.dumps([1]), "local_json" in locals()
print(uses_local_import(), "local_json" in globals())
try:
    import a_module_that_does_not_exist as optional
except ImportError:
    optional = None
print(optional)
if True:
    from os import path as conditional_path
print(conditional_path.basename("/a/b.txt"))
import importlib
def lazy(name):
    module = None
    def get():
        nonlocal module
        if module is None:
            print(f"  importing {name} on first use")
            module = importlib.import_module(name)
        return module
    return get
get_statistics = lazy("statistics")
print(get_statistics().mean([1, 2, 3]), get_statistics().median([1, 2, 3, 4]))
import os.path
print(os.path.join("a", "b"), "os" in dir(), "path" in dir())
