# globals(), locals(), vars() and dir() at module, function and class level.
module_level = "m"
def function(arg, *, kw=1):
    local_var = 2
    print(sorted(locals()), locals()["arg"])
    print("module_level" in globals(), "local_var" in globals())
    locals()["local_var"] = "not written back"
    print(local_var)
function("A")
print(locals() is globals(), vars() is globals(), "module_level" in dir())
class C:
    class_attr = 1
    print(sorted(k for k in locals() if not k.startswith("__")), __name__)
    def method(self):
        pass
obj = C()
obj.inst = 5
print(vars(obj), sorted(k for k in vars(C) if not k.startswith("__")), vars(obj) is obj.__dict__)
print([name for name in dir(obj) if not name.startswith("__")], dir(C) == sorted(dir(C)))
try:
    vars(5)
except TypeError as error:
    print("TypeError:", error)
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as error:
    print("TypeError:", error)
globals()["created_via_globals"] = "yes"
print(created_via_globals)
print("__builtins__" in globals(), sorted(dir())[:3])
import math
print(len(dir(math)) > 40, "sqrt" in dir(math), dir() == sorted(dir()))
