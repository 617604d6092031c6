def square(x):
    return x * x


def total(numbers):
    result = 0
    for number in numbers:
        result += square(number)
    return result


def countdown(n):
    while n > 0: n -= 1
    return n


values = [square(value) for value in range(3)]
print(total([1, 2, 3]), countdown(3), values)
if values and values[0] == 0:
    print("zero first")
else:
    print("not zero")
lookup = {name: len(name) for name in ("a", "bb")}
print(lookup, (lambda y: y + 1)(41))
