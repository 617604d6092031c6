# Round trips between text and bytes: base64, hex, struct packing, and codecs.
import base64
import binascii
import codecs
import struct
data = "Grüße, 世界".encode("utf-8")
print(data, base64.b64encode(data), base64.b64decode(base64.b64encode(data)).decode())
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"))
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("00ff"), binascii.crc32(b"hello"), hex(binascii.crc32(b"")))
packed = struct.pack(">IhB3s?d", 1, -2, 255, b"abc", True, 1.5)
print(packed, len(packed), struct.unpack(">IhB3s?d", packed), struct.calcsize("<i2h"))
try:
    struct.pack("B", 256)
except struct.error as error:
    print("struct.error:", error)
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"x", "base64"))
print("ÿ".encode("utf-16-be"), b"\xff\xfe".decode("utf-16"), "a".encode("utf-32")[:4], len("𝄞".encode("utf-16-le")))
