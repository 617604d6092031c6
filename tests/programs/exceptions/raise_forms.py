# raise with a class, an instance, bare re-raise, raise from, and the errors for bad raises.
def show(func):
    try:
        func()
    except BaseException as error:
        print(f"{type(error).__name__}: {error}")
show(lambda: (_ for _ in ()).throw(ValueError))
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("instance")
def bare_reraise():
    try:
        raise KeyError("original")
    except KeyError:
        raise
def no_active():
    raise
def raise_non_exception():
    raise 42
def raise_class_not_exception():
    raise int
def raise_from_non_exception():
    raise ValueError from 5
class CustomError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}: {detail}")
        self.code = code
def raise_custom():
    raise CustomError(404, "not found")
for func in [raise_class, raise_instance, bare_reraise, no_active, raise_non_exception,
             raise_class_not_exception, raise_from_non_exception, raise_custom]:
    show(func)
try:
    raise CustomError(500, "server")
except CustomError as error:
    print(error.code, error.args)
class BadInit(Exception):
    def __init__(self):
        raise TypeError("constructor failed")
show(lambda: (_ for _ in ()).throw(BadInit))
def raise_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
try:
    raise_in_except()
except RuntimeError as error:
    print("context:", repr(error.__context__), "cause:", error.__cause__)
