# Bitwise operators on ints of every sign and size, and shift edge cases.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**70 + 5, 2**69 + 3)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(1 << 100, -1 >> 100, (-(2**100)) >> 99, 5 >> 0)
for bad in ["1 << -1", "1 >> -1"]:
    try:
        eval(bad)
    except ValueError as error:
        print(bad, "->", "ValueError:", error)
try:
    1.0 & 1
except TypeError as error:
    print("TypeError:", error)
print(bin(10), bin(-10), oct(64), hex(255), hex(-255), int("ff", 16), int("0b101", 0), int("-0o17", 0))
print(format(10, "08b"), format(255, "#x"), format(-255, "X"), f"{1234567:,}", f"{1234567:_x}")
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2**1000).bit_length())
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
flags &= ~(1 << 3)
flags ^= 0b11
print(flags, bin(flags))
print(True ^ True, True ^ 1, False | False, type(True & True).__name__, type(True & 1).__name__)
