# Matching nested JSON-like structures: lists of dicts, optional keys, type checks.
import json
messages = json.loads("""[
  {"kind": "user", "name": "ann", "roles": ["admin", "dev"]},
  {"kind": "user", "name": "bob", "roles": []},
  {"kind": "event", "payload": {"action": "login", "at": 1700000000}},
  {"kind": "event", "payload": {"action": "logout"}},
  {"kind": "batch", "items": [1, 2, 3]},
  {"kind": "batch", "items": "not a list"},
  {"unexpected": true}
]""")
def describe(message):
    match message:
        case {"kind": "user", "name": str(name), "roles": ["admin", *_]}:
            return f"administrator {name}"
        case {"kind": "user", "name": name, "roles": []}:
            return f"user {name} without roles"
        case {"kind": "event", "payload": {"action": action, "at": int(timestamp)}}:
            return f"{action} at {timestamp}"
        case {"kind": "event", "payload": {"action": action}}:
            return f"{action} (no time)"
        case {"kind": "batch", "items": [*items]} if all(isinstance(i, int) for i in items):
            return f"batch of {len(items)} totalling {sum(items)}"
        case {"kind": kind}:
            return f"malformed {kind}"
        case _:
            return "unknown message"
for message in messages:
    print(describe(message))
