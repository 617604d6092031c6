"""A small package used by the import tests."""
print(f"  executing {__name__} (package {__package__!r})")
from .circle import Circle
from . import square
__all__ = ["Circle", "square", "VERSION"]
VERSION = "1.0"
_hidden = "not exported"
not_in_all = "also not exported by *"
