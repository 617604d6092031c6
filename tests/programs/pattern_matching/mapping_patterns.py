# Mapping patterns: required keys, extra keys allowed, **rest, and get() through __missing__.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", **rest}:
            return f"key event with {sorted(rest)}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"
for event in [{"type": "click", "x": 1, "y": 2, "extra": True}, {"type": "key", "key": "Q"},
              {"type": "key", "key": "a", "mod": "shift"}, {"other": 1}, [("type", "click")]]:
    print(handle(event))
from collections import defaultdict
d = defaultdict(lambda: "from default", {"present": 1})
match d:
    case {"absent": value}:
        print("matched via __missing__?", value)
    case {"present": value}:
        print("only real keys match; present =", value, "| absent created:", "absent" in d)
class Mapping(dict):
    pass
match Mapping(a=1):
    case {"a": 1}:
        print("dict subclass matches")
import types
match types.MappingProxyType({"k": "v"}):
    case {"k": v}:
        print("mappingproxy matches:", v)
