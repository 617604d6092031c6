# chr/ord/bin/oct/hex/int/float/str/bool/complex/bytes conversions between built-in types.
print(chr(65), chr(0x263A), ord("A"), ord("€"), [ord(c) for c in "abc"], "".join(chr(c) for c in range(97, 100)))
try:
    ord("ab")
except TypeError as error:
    print("TypeError:", error)
print(bin(5), oct(8), hex(255), int("101", 2), int("777", 8), int("ff", 16), float("1e3"), str(1e3))
print(list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict(a=1), frozenset(), bytes([1, 2]), bytearray(2))
print(bool("False"), bool(0.0), complex("3+4j"), int(-0.5), int("  7  "), float(" -inf "), str(None), str(b"\x01"))
print(list(map(float, ["1", "2.5"])), [int(x) for x in "0 1 2".split()], str(12).zfill(4), repr(str(3.0)))
print(hex(id) if False else "hex of functions skipped", format(255, "08b"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(round(2.675 * 100) / 100, float.fromhex("0x1p-2"), (1.5).hex(), int(float("1e20")), float(2 ** 60))
