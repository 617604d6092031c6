# A finder on sys.meta_path that creates modules from strings: the import system calls it.
import importlib.abc
import importlib.util
import sys
SOURCES = {"virtual_greeting": "MESSAGE = 'hello from a virtual module'\nprint('  executing virtual_greeting')"}
class StringFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        if fullname in SOURCES:
            print(f"  find_spec({fullname!r})")
            return importlib.util.spec_from_loader(fullname, self, origin="<string>")
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)
sys.meta_path.insert(0, StringFinder())
import virtual_greeting
print(virtual_greeting.MESSAGE, virtual_greeting.__spec__.origin, type(virtual_greeting.__loader__).__name__)
import virtual_greeting
try:
    import virtual_missing
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
