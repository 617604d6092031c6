# The order things are evaluated in a comprehension: iterables, conditions, element expressions.
def log(label, value):
    print(f"  {label}")
    return value
result = [log(f"element {x},{y}", (x, y)) for x in log("outer iterable", range(2)) if log(f"cond x={x}", True) for y in log(f"inner iterable x={x}", range(2)) if log(f"cond y={y}", y != x)]
print(result)
d = {log(f"key {k}", k): log(f"value {k}", k * 10) for k in log("dict iterable", [1, 2])}
print(d)
s = {log(f"set element {i}", i % 2) for i in range(3)}
print(s)
