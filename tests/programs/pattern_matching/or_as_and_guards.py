# Or-patterns, as-patterns, guards, and the order patterns are tried in (with side effects).
def log(label, result):
    print(f"  guard {label}")
    return result
def classify(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item] if log("take", item != "nothing"):
            return f"taking {item}"
        case ["take", _]:
            return "taking nothing?"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case [("quit" | "exit") as word]:
            return f"bye ({word})"
        case [verb, *_] as words:
            return f"unknown verb {verb} in {words}"
        case []:
            return "silence"
for command in ["go north", "go up", "take lamp", "take nothing", "drop a b", "drop", "exit", ""]:
    print(repr(command), "->", classify(command))
match (1, 2):
    case (a, b) | [b, a] if a > b:
        print("swapped", a, b)
    case (a, b):
        print("in order", a, b)
value = 5
match value:
    case n if n < 0:
        print("negative")
    case n if (doubled := n * 2) > 8:
        print("doubled is big:", doubled)
print("capture survives after match:", n)
