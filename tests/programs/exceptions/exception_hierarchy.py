# The built-in exception hierarchy: catching by base class, BaseException vs Exception.
import builtins
def bases(cls):
    return " -> ".join(k.__name__ for k in cls.__mro__[:-1])
for name in ["ZeroDivisionError", "KeyError", "FileNotFoundError", "ModuleNotFoundError",
             "UnicodeDecodeError", "RecursionError", "NotImplementedError", "KeyboardInterrupt",
             "GeneratorExit", "StopAsyncIteration", "TimeoutError", "BrokenPipeError",
             "IndentationError", "TabError", "DeprecationWarning", "EncodingWarning"]:
    print(bases(getattr(builtins, name)))
def catches(exc, handler):
    try:
        raise exc
    except handler:
        return True
    except BaseException:
        return False
print(catches(KeyboardInterrupt(), Exception), catches(KeyboardInterrupt(), BaseException),
      catches(SystemExit(), Exception), catches(ZeroDivisionError(), ArithmeticError),
      catches(KeyError(), LookupError), catches(ModuleNotFoundError(), ImportError))
count = sum(1 for name in dir(builtins) if isinstance(getattr(builtins, name), type)
            and issubclass(getattr(builtins, name), BaseException))
print("built-in exception classes:", count)
