# Function attributes that only accept the right kinds of values, and what FunctionType() fills in.
import types
def f():
    pass
for attribute, value in [("__name__", 7), ("__qualname__", 7), ("__dict__", 5), ("__defaults__", [1]),
                         ("__kwdefaults__", 3), ("__annotations__", 1), ("__code__", None), ("__type_params__", 1)]:
    try:
        setattr(f, attribute, value)
        print(attribute, "accepted", value)
    except TypeError as error:
        print(attribute, "TypeError:", error)
for attribute in ["__dict__", "__name__", "__type_params__", "__defaults__", "__annotations__"]:
    try:
        delattr(f, attribute)
        print("del", attribute, "->", repr(getattr(f, attribute, "<gone>"))[:40])
    except (TypeError, AttributeError) as error:
        print("del", attribute, type(error).__name__, error)
made = types.FunctionType(f.__code__, {"x": 1})
print(made.__name__, type(made.__builtins__).__name__, "len" in made.__builtins__, made.__globals__)
