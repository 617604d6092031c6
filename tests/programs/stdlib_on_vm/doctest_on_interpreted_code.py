# doctest runs the examples in this program's docstrings, reporting failures verbatim.
import doctest
import sys
def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, [])
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for +: 'int' and 'list'
    """
    return a + b
def wrong():
    """A docstring whose example is wrong.

    >>> wrong()
    42
    >>> [i * i for i in range(3)]
    [0, 1, 4]
    """
    return 41
class Stack:
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2); s.pop()
    2
    >>> len(s)
    1
    """
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
results = doctest.testmod(sys.modules[__name__], verbose=False, report=True)
print(results)
