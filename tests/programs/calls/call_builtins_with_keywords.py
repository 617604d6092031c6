# Built-in functions and methods: which accept keywords, and the messages when they don't.
print(sorted([3, 1, 2], reverse=True), int("ff", base=16), "a,b".split(sep=","), print.__name__)
for call in ["len(obj=[1])", "[].append(object=1)", "'abc'.find(sub='b')", "int(x='5')", "divmod(a=1, b=2)",
             "sorted([1], key=None, reverse=False, extra=1)", "max([1], key=len, default=0, other=1)", "dict(1, 2)",
             "'{}'.format(*[], **{'a': 1})", "range(stop=3)", "isinstance(obj=1, class_or_tuple=int)"]:
    try:
        print(f"{call:45} -> {eval(call)!r}")
    except (TypeError, IndexError) as error:
        print(f"{call:45} -> {type(error).__name__}: {error}")
