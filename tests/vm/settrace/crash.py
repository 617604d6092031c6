def divide(a, b):
    return a / b


def main():
    pairs = [(4, 2), (1, 0)]
    for a, b in pairs:
        print(divide(a, b))


main()
