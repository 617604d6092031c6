# getattr/setattr/delattr/hasattr with defaults, dynamic names, and on classes and modules.
import math
class Config:
    debug = False
config = Config()
setattr(config, "level", 3)
print(getattr(config, "level"), getattr(config, "missing", "fallback"), hasattr(config, "debug"), hasattr(config, "nope"))
for name in ["alpha", "beta"]:
    setattr(Config, name, name.upper())
print(config.alpha, Config.beta, getattr(math, "pi"), getattr(math, "tau") / 2 == math.pi)
delattr(config, "level")
print(hasattr(config, "level"))
try:
    getattr(config, "level")
except AttributeError as error:
    print("AttributeError:", error)
try:
    getattr(config, 5)
except TypeError as error:
    print("TypeError:", error)
try:
    setattr(5, "real", 1)
except AttributeError as error:
    print("AttributeError:", error)
try:
    delattr(Config, "never_defined")
except AttributeError as error:
    print("AttributeError:", error)
setattr(config, "with space", 1)
print(getattr(config, "with space"), sorted(vars(config)))
print(getattr(str, "upper")("x"), getattr("text", "title")(), callable(getattr(config, "__init__")))
