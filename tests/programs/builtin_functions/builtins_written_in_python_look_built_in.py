# The built-ins clearpy writes itself (print, dir, exec, globals...) look like
# CPython's built-in functions to isinstance, inspect and typing.
import types, inspect, typing
for f in (dir, print, len, globals, exec, eval, compile, vars, locals, input, breakpoint, __import__, __build_class__):
    print(f.__name__, isinstance(f, types.BuiltinFunctionType), inspect.isbuiltin(f), inspect.isroutine(f), f.__text_signature__, typing.get_type_hints(f), callable(f), f.__self__.__name__, f.__module__)
    try:
        print("  ", inspect.signature(f))
    except ValueError as e:
        print("  ValueError", e)
print(type(print).__name__, type(len).__name__)
class C:
    p = print
C().p("not bound")
