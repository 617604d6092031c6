# Function objects: __name__, __qualname__, __module__, __defaults__, __code__, __dict__, annotations.
def outer(a: int, b: "str" = "x", *args: float, key: bool = False, **kw) -> list:
    """Docstring of outer."""
    def inner():
        return a
    return inner
print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
inner = outer(1)
print(inner.__qualname__, inner.__closure__[0].cell_contents, inner.__code__.co_freevars, outer.__code__.co_cellvars)
print(outer.__code__.co_name, outer.__code__.co_varnames, outer.__code__.co_argcount, outer.__code__.co_flags & 0x0C)
outer.custom = "attribute"
print(outer.__dict__, sorted(k for k in vars(outer)))
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
outer.__defaults__ = ("new default",)
print(outer(5)(), outer.__defaults__)
try:
    outer.__code__ = 5
except TypeError as error:
    print("TypeError:", error)
try:
    del outer.__name__
except TypeError as error:
    print("TypeError:", error)
def no_doc():
    pass
print(no_doc.__doc__, no_doc.__annotations__, no_doc.__defaults__, no_doc.__globals__ is globals(), no_doc.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "module dict")
def swap_code():
    return "original"
def other():
    return "swapped"
swap_code.__code__ = other.__code__
print(swap_code())
