# Deeply nested handlers: the right handler runs, with the right stack depth, in every combination.
def nested(a, b, c):
    log = []
    try:
        log.append("L1")
        try:
            log.append("L2")
            for i in range(2):
                try:
                    if a == i:
                        raise ValueError(f"a{i}")
                    with open(__file__) as handle:
                        if b == i:
                            raise KeyError(f"b{i}")
                except ValueError as error:
                    log.append(f"VE {error}")
                    if c:
                        raise TypeError("from handler") from error
                finally:
                    log.append(f"F{i}")
        except KeyError as error:
            log.append(f"KE {error}")
        else:
            log.append("else2")
    except TypeError as error:
        log.append(f"TE {error} cause={error.__cause__}")
    finally:
        log.append("F-outer")
    return log
for args in [(-1, -1, False), (0, -1, False), (1, -1, True), (-1, 0, False), (-1, 1, True), (0, 1, True)]:
    print(args, nested(*args))
def stack_values_preserved():
    values = []
    for i in range(3):
        values.append((i, [j for j in range(i) if (lambda: j)() is not None], (lambda: {k: k for k in range(i)})()))
        try:
            values.append(1 / (i - 1))
        except ZeroDivisionError:
            values.append("div0")
    return values
print(stack_values_preserved())
def handler_in_comprehension():
    return [int(x) if x.isdigit() else (lambda: (_ for _ in ()).throw(ValueError(x)))() if False else -1 for x in "1a2"]
print(handler_in_comprehension())
