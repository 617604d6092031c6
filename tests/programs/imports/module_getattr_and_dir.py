# PEP 562: a module's own __getattr__ and __dir__, and importlib.resources for package data.
import plugins
print(plugins.heavy)
print(plugins.heavy)
try:
    plugins.missing
except AttributeError as error:
    print("AttributeError:", error)
print([name for name in dir(plugins) if not name.startswith("__")])
from plugins import heavy as again
print(again)
try:
    from plugins import absent
except ImportError as error:
    print("ImportError:", str(error).split(" (")[0])
import importlib.resources
text = importlib.resources.files("plugins").joinpath("data.txt").read_text()
print(text.splitlines())
