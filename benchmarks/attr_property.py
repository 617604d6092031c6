"""attr_property: attributes computed by properties, with getters and setters.

A property is a data descriptor on the class: reading ``obj.celsius`` calls
its getter with the instance, assigning calls its setter. Every access is a
function call hidden behind attribute syntax.

Exercises: the descriptor protocol (__get__/__set__ of property), calls from
attribute access, validation in setters.
Size: tens of thousands of loop iterations.
"""

import sys

DEFAULT_SIZE = 172  # tens of thousands of iterations


class Temperature:
    def __init__(self, kelvin):
        self._kelvin = kelvin

    @property
    def kelvin(self):
        return self._kelvin

    @kelvin.setter
    def kelvin(self, value):
        if value < 0:
            raise ValueError("below absolute zero")
        self._kelvin = value

    @property
    def celsius(self):
        return self._kelvin - 273

    @celsius.setter
    def celsius(self, value):
        self.kelvin = value + 273

    @property
    def fahrenheit(self):
        return self.celsius * 9 // 5 + 32


def work(iterations):
    temperature = Temperature(300)
    total = 0
    for index in range(iterations):
        temperature.celsius = index % 200 - 50
        total += temperature.kelvin + temperature.celsius + temperature.fahrenheit
        temperature.kelvin = temperature.kelvin + 1
        total &= 0xFFFFFFFF
    return total, temperature.kelvin


def main(size):
    print(f"attr_property: {size * 10_000} iterations, result {work(size * 10_000)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
