# Reference counts at the lines that call probe(), as CPython 3.12 reports
# them: probe prints the line and the count without the argument's own.
import sys


def probe(name, count):
    print(sys._getframe(1).f_lineno, name, count - 1)


class Box:
    def __init__(self, content):
        self.content = content
        # A call through host code (type.__call__): C variables in CPython,
        # Python variables in clearpy's handlers hold the argument meanwhile.
        probe("content", sys.getrefcount(content))  # differs



def fill(box, extra):
    probe("box", sys.getrefcount(box))
    items = [extra, extra]
    box.content.append(items)
    pair = (items, box)
    probe("items", sys.getrefcount(items))
    probe("pair", sys.getrefcount(pair))
    return len(pair)


numbers = [10 ** 20, 10 ** 20 + 1]
probe("numbers", sys.getrefcount(numbers))
alias = numbers
table = {"n": numbers, "again": numbers}
probe("numbers", sys.getrefcount(numbers))
box = Box(numbers)
probe("box", sys.getrefcount(box))
fill(box, "x" * 50)
probe("numbers", sys.getrefcount(numbers))
del alias
probe("numbers", sys.getrefcount(numbers))
letters = set("abc")
copy = letters
probe("letters", sys.getrefcount(letters))


def outer():
    secret = [1, 2]
    def inner():
        probe("secret", sys.getrefcount(secret))
        return secret
    result = inner()
    probe("result", sys.getrefcount(result))
    return result


got = outer()
probe("got", sys.getrefcount(got))
probe("Box", sys.getrefcount(Box))
