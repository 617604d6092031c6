print(f"  executing {__name__}")


def area(side):
    return side * side
