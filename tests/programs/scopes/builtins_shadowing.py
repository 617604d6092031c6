# Built-in names can be shadowed by globals and locals, and restored by deleting the shadow.
import builtins
print(len("abc"))
len = lambda x: "shadowed len"
print(len("abc"), builtins.len("abc"))
del len
print(len("abc"))
def local_shadow():
    print = lambda *a: builtins.print("local print:", *a)
    print("hello")
local_shadow()
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as error:
    print("NameError:", error)
namespace = {"__builtins__": {"print": builtins.print, "len": lambda x: 99}}
exec("print(len('x'))", namespace)
try:
    exec("print(abs(-1))", namespace)
except NameError as error:
    print("NameError:", error)
exec("print(type(__builtins__).__name__)", {})
True_copy = True
print(True_copy, __name__, type(__builtins__).__name__)
