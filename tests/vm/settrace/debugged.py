def square(n):
    result = n * n
    return result


def total(limit):
    acc = 0
    for i in range(limit):
        acc += square(i)
    return acc


def main():
    value = total(4)
    breakpoint()
    print("value", value)
    again = total(3)
    print("again", again)


main()
