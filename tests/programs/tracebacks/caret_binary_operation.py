# Caret lines point at the failing part of an expression: here one binary operation.
a = 1
b = "two"
c = 3
result = a + c * 2 + (a + b) + c
