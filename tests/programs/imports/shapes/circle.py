print(f"  executing {__name__} (package {__package__!r})")
from ._constants import PI


class Circle:
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return round(PI * self.radius ** 2, 3)
