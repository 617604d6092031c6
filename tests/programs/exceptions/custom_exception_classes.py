# User exception hierarchies, extra attributes, __init__ signatures and pickling-friendly args.
class AppError(Exception):
    """Base of the application's errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError, LookupError):
    pass
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if record["name"] == "ghost":
        raise NotFound(record["name"])
    return "valid"
for record in [{"name": "ok"}, {}, {"name": "ghost"}]:
    try:
        print(validate(record))
    except ValidationError as error:
        print("ValidationError:", error, error.args, error.field)
    except LookupError as error:
        print("LookupError branch caught", type(error).__name__, error, isinstance(error, AppError))
import pickle
restored = pickle.loads(pickle.dumps(ValidationError("age", "negative")))
print(type(restored).__name__, restored, restored.field)
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
e = NoSuper(5)
print(repr(e), e.args, str(e))
print(AppError.__doc__, AppError.__module__, NotFound.__mro__[1:3])
