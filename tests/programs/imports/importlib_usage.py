# importlib: import_module (absolute and relative), find_spec, reload, and loading a file by path.
import importlib
import importlib.util
import os
import sys
square = importlib.import_module("shapes.square")
circle = importlib.import_module(".circle", package="shapes")
print(square.area(4), circle.Circle(1).area())
print(importlib.util.find_spec("shapes.square").name, importlib.util.find_spec("no_such_mod_abc"))
print("reloading shapes.square")
reloaded = importlib.reload(square)
print(reloaded is square)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shapes", "_constants.py")
spec = importlib.util.spec_from_file_location("loaded_by_path", path)
module = importlib.util.module_from_spec(spec)
print("before exec_module:", hasattr(module, "PI"), module.__name__)
spec.loader.exec_module(module)
print("after exec_module:", module.PI, "loaded_by_path" in sys.modules)
try:
    importlib.import_module(".circle")
except TypeError as error:
    print("TypeError:", error)
try:
    importlib.reload("shapes")
except TypeError as error:
    print("TypeError:", error)
