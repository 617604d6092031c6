# repr/str/format/ascii on built-ins and user classes, including recursive containers.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str only"
print(str(Both()), repr(Both()), str(ReprOnly()), [Both()], f"{Both()}", f"{Both()!r}", "%s %r" % (Both(), Both()))
print(str(StrOnly()), format(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at "))
print(repr("quote'd"), repr('both \' and "'), repr("tab\t"), str(b"x"), repr(1.0), repr(1e100), repr(-0.0))
a = [1]
a.append(a)
d = {}
d["self"] = d
print(a, d, repr((a,)))
print(ascii("é ☕"), ascii(["ü"]), repr("é"), format(3.5, ".0f"), format(4.5, ".0f"), format(1234, ","))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as error:
    print("TypeError:", error)
print(repr(None), repr(...), repr(NotImplemented), repr(int), repr(len), str(type), repr(range(0, 3)))
