print(f"  executing {__name__} (package {__package__!r})")
from .. import square
from ..circle import Circle
from . import __name__ as parent_name


def describe():
    return f"vector module sees {square.__name__}, {Circle.__name__}, parent {parent_name}"
