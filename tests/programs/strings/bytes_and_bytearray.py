# bytes and bytearray: literals, indexing gives ints, methods, mutation, and hex/encodings.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b.upper(), b.split(b"l"), b"a,b".split(b","))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc".find(b"c"), b"x".join([b"1", b"2"]))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba[1:3] = b"XYZ"
del ba[-1]
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode(), ba == b"AXYZd")
for bad in ["ba.append(256)", "ba.append('a')", "b'a' + 'b'", "bytes('x')", "b[0] = 1", "bytes([300])"]:
    try:
        exec(bad)
    except (TypeError, ValueError) as error:
        print(bad, "->", type(error).__name__, error)
print("%s|%d|%x" % (b"x", 5, 255), b"%s and %b" % (b"a", b"b"), b"%5d" % 42)
print(repr(b"\t\n\r\\'\""), repr(bytearray(b"'")), b"\x80".decode("latin-1"), "ÿ".encode("latin-1"))
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:4]), mv.tobytes(), len(mv), mv.readonly, mv.format, mv.itemsize)
mb = memoryview(bytearray(b"xyz"))
mb[0] = ord("X")
print(mb.obj, mb.tolist())
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"), b"abc".isalpha(), b"  x ".strip())
