# pydoc renders documentation of interpreted functions and classes as plain text.
import pydoc
def documented(a: int, b: str = "x", *, flag=False) -> list:
    """Do something documented.

    The second paragraph explains more.
    """
    return [a, b, flag]
class Widget:
    """A widget with a method and a property."""
    size = 3
    def resize(self, factor):
        """Multiply the size."""
        self.size *= factor
    @property
    def area(self):
        """The area."""
        return self.size ** 2
print(pydoc.render_doc(documented, renderer=pydoc.plaintext))
text = pydoc.render_doc(Widget, renderer=pydoc.plaintext)
print("\n".join(line.rstrip() for line in text.splitlines() if "__weakref__" not in line and "__dict__" not in line))
