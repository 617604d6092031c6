# Comparison chains evaluate each operand once and stop early; mixed-type comparisons.
calls = []
def value(name, result):
    calls.append(name)
    return result
print(value("a", 1) < value("b", 2) < value("c", 3), calls)
calls.clear()
print(value("a", 3) < value("b", 2) < value("c", 1), calls)
print(1 == 1.0 == True, "a" < "b" < "c", (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "Z" < "a")
print(1 is not None, None is None, 3 in [1, 2, 3], 4 not in (1, 2), "bc" in "abcd")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset([1]) == {1})
for expression in ["1 < 'a'", "[] < ()", "None < None", "{} < {}", "1j > 0"]:
    try:
        eval(expression)
    except TypeError as error:
        print(expression, "->", error)
print(max([3, 1, 2]), min("hello"), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(float("nan") < 1, float("nan") > 1, 10**100 > 1e99, 2**53 + 1 == float(2**53 + 1))
