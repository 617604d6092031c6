from .broken_a import A_VALUE
B_VALUE = "b"
