# NameError and AttributeError messages, including "Did you mean" suggestions in tracebacks.
import traceback
def show(code):
    try:
        exec(code, {"__builtins__": __builtins__, "apple": 1, "banana": 2})
    except (NameError, AttributeError, ImportError) as error:
        print("".join(traceback.format_exception_only(error)).rstrip())
show("print(appel)")
show("print(bananna)")
show("prnt('x')")
show("import os\nos.pathh")
show("'abc'.uper()")
show("class A:\n    def __init__(self):\n        self.value = 1\nA().valeu")
show("def f():\n    localname = 1\n    return localnme\nf()")
show("from collections import OrderDict")
show("completely_unknown_name_xyz")
class Obj:
    def __init__(self):
        self.blech = True
    def method(self):
        return blech
try:
    Obj().method()
except NameError as error:
    print("".join(traceback.format_exception_only(error)).rstrip())
try:
    None.attribute
except AttributeError as error:
    print(error, error.name, error.obj)
