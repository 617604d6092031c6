# Common patterns with exception groups: collecting errors, flattening, and except* with notes.
def validate(records):
    errors = []
    for index, record in enumerate(records):
        try:
            if "id" not in record:
                raise KeyError(f"record {index} has no id")
            if not isinstance(record.get("age", 0), int):
                raise TypeError(f"record {index} age is not an int")
        except Exception as error:
            error.add_note(f"while validating record {index}")
            errors.append(error)
    if errors:
        raise ExceptionGroup("validation failed", errors)
def flatten(group):
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            yield from flatten(exc)
        else:
            yield exc
try:
    validate([{"id": 1}, {"age": 3}, {"id": 2, "age": "old"}])
except* KeyError as keys:
    print("missing keys:", [str(e) for e in keys.exceptions], [e.__notes__ for e in keys.exceptions])
except* TypeError as types:
    print("type problems:", [str(e) for e in types.exceptions])
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ExceptionGroup("deep", [KeyError(3)])])])
print([repr(e) for e in flatten(nested)])
print(repr(nested.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 1)))
