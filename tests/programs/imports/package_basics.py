# Importing a package runs __init__ once; submodules; module attributes set by the import system.
import sys
import os
print("importing shapes")
import shapes
print("importing shapes again (cached, nothing runs)")
import shapes
import shapes.square as sq
from shapes.circle import Circle
print(shapes.Circle(2).area(), sq.area(3), Circle is shapes.Circle, shapes.VERSION)
print(shapes.__name__, shapes.__package__, os.path.basename(shapes.__file__), shapes.__doc__)
print(shapes.__spec__.name, os.path.basename(shapes.__spec__.origin), shapes.__spec__.parent)
print([os.path.basename(p) for p in shapes.__path__], shapes.__spec__.submodule_search_locations == shapes.__path__)
print(sq.__name__, sq.__package__, sq.__spec__.parent, "shapes.square" in sys.modules, hasattr(sq, "__path__"))
print(type(shapes.__loader__).__name__, shapes.__spec__.has_location, sq.__cached__ is not None or True)
import shapes.geometry.vector
print(shapes.geometry.vector.describe())
print(sorted(name for name in sys.modules if name.startswith("shapes")))
