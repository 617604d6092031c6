from .broken_b import B_VALUE
A_VALUE = "a"
