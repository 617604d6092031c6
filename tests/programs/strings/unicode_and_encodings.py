# Encoding and decoding text: codecs, error handlers, and the exact UnicodeError messages.
text = "naïve café ☕ 𝄞"
for codec in ["utf-8", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252"]:
    try:
        data = text.encode(codec)
        print(codec, len(data), data[:12])
    except UnicodeEncodeError as error:
        print(codec, "UnicodeEncodeError:", error)
print(text.encode("ascii", "ignore"), text.encode("ascii", "replace"))
print(text.encode("ascii", "xmlcharrefreplace"), text.encode("ascii", "backslashreplace"))
bad = b"ok \xff\xfe end"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(bad.decode("utf-8", errors)))
    except UnicodeDecodeError as error:
        print(errors, "UnicodeDecodeError:", error, error.start, error.end, error.reason)
print(len(text), len(text.encode()), [hex(ord(c)) for c in "☕𝄞"], chr(0x1F600), ord("€"))
print(ascii(text), repr("\x00\x7f\u200b"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
import unicodedata
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode(), unicodedata.category("A"))
try:
    chr(0x110000)
except ValueError as error:
    print("ValueError:", error)
try:
    "x".encode("no-such-codec")
except LookupError as error:
    print("LookupError:", error)
s = "\ud800"
try:
    s.encode("utf-8")
except UnicodeEncodeError as error:
    print("UnicodeEncodeError:", error)
print(s.encode("utf-8", "surrogatepass"), "ab".encode("utf-16"), "é".encode("idna") if False else "")
