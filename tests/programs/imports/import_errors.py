# The messages of ModuleNotFoundError and ImportError, and their name/path attributes.
import os
for statement in ["import no_such_module_xyz", "import shapes.no_such_sub", "from shapes import no_such_name",
                  "import os.path.nothing", "from json import no_such_thing", "import shapes.square.deeper"]:
    try:
        exec(statement)
    except ImportError as error:
        message = str(error).replace(os.path.dirname(os.path.abspath(__file__)), "<dir>")
        print(f"{statement:36} {type(error).__name__}: {message} | name={error.name!r}")
try:
    import_result = __import__("")
except ValueError as error:
    print("ValueError:", error)
try:
    __import__(5)
except TypeError as error:
    print("TypeError:", error)
