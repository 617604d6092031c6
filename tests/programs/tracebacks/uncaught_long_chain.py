# A chain of three exceptions, mixing cause and context.
def level1():
    raise ValueError("level 1")
def level2():
    try:
        level1()
    except ValueError as error:
        raise TypeError("level 2") from error
def level3():
    try:
        level2()
    except TypeError:
        raise KeyError("level 3")
level3()
