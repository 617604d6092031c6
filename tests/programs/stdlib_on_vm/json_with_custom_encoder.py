# json calling back into interpreted code: default=, object_hook, JSONEncoder subclasses.
import json
from dataclasses import dataclass, asdict
@dataclass
class Item:
    name: str
    price: float
def default(obj):
    if isinstance(obj, Item):
        return {"__item__": asdict(obj)}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")
text = json.dumps({"items": [Item("pen", 1.5)], "tags": {"b", "a"}}, default=default, indent=2)
print(text)
def hook(mapping):
    if "__item__" in mapping:
        return Item(**mapping["__item__"])
    return mapping
print(json.loads(text, object_hook=hook))
class Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return [obj.real, obj.imag]
        return super().default(obj)
print(json.dumps([1j, 2], cls=Encoder), json.dumps({"nan": float("nan")}), json.dumps("é", ensure_ascii=False))
try:
    json.dumps(object())
except TypeError as error:
    print("TypeError:", error)
try:
    json.loads("{bad json}")
except json.JSONDecodeError as error:
    print("JSONDecodeError:", error, error.pos)
print(json.loads("[1, 2.5, \"x\", true, null]", parse_float=lambda s: f"float({s})"))
