# Patterns the compiler rejects, with CPython's exact SyntaxError messages.
bad_programs = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass",
    "match x:\n    case *a:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case {**rest, 'k': v}:\n        pass",
    "match x:\n    case f():\n        pass" if False else "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case _ | 1:\n        pass",
    "match x:\n    case Point(x=1, x=2):\n        pass",
]
for source in bad_programs:
    try:
        compile(source, "<match>", "exec")
        print("compiled?!", source.splitlines()[1])
    except SyntaxError as error:
        print(f"{source.splitlines()[1].strip():28} SyntaxError: {error.msg} (line {error.lineno}, offset {error.offset})")
match = "match is a soft keyword"
case = [match]
print(match, case)
match case:
    case [match]:
        print("matched:", match)
