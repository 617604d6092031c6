# importlib.reload re-executes a module in the same module object; old references keep old objects.
import importlib
import sys
import types
source = "counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter\nclass Thing:\n    pass\n"
import os
import tempfile
directory = tempfile.mkdtemp()
with open(os.path.join(directory, "reloadable_module.py"), "w") as handle:
    handle.write(source)
sys.path.insert(0, directory)
import reloadable_module as module
old_thing = module.Thing
module.bump(); module.bump()
print(module.counter)
importlib.reload(module)
print(module.counter, module.Thing is old_thing, isinstance(old_thing(), module.Thing))
module.extra = "kept across reload"
importlib.reload(module)
print(getattr(module, "extra", None))
import shutil
shutil.rmtree(directory)
