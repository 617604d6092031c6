# Powers, negative exponents, modular pow, and integers far beyond machine words.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 5), pow(2, 100, 10**9 + 7))
try:
    pow(3, -1, 6)
except ValueError as error:
    print("ValueError:", error)
try:
    pow(2, 3.0, 5)
except TypeError as error:
    print("TypeError:", error)
try:
    0 ** -1
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
big = 3 ** 200
print(big)
print(big.bit_length(), big % 1000, -big // 7, big >> 300, big.bit_count())
factorial = 1
for n in range(1, 60):
    factorial *= n
print(factorial, len(str(factorial)))
print(int("9" * 50) + 1 == 10 ** 50)
print((10**40).to_bytes(17, "big").hex(), int.from_bytes(b"\x01\x00", "little"))
print((-255).to_bytes(2, "big", signed=True), (2**64 - 1).as_integer_ratio())
print(abs(-big) == big, -(-big) == big, ~big == -big - 1)
