# A tour of str methods, with the edge cases people trip on.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")), s.strip().lower(), s.upper())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(keepends=True), "".split(","))
print("-".join(["a", "b"]), "abc".replace("b", "BB"), "aaa".replace("a", "b", 2))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
try:
    "hello".index("z")
except ValueError as error:
    print("ValueError:", error)
print("Title case words".title(), "swapCASE".swapcase(), "capitalize me".capitalize(), "ß".casefold())
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "a1".isalnum(), "١٢".isdigit())
print("abc".partition("b"), "abc".rpartition("x"), "tab\tbed".expandtabs(4), "prefix_x".removeprefix("prefix_"))
print("ABC".isupper(), "   ".isspace(), "Hello World".istitle(), "x_1".isidentifier(), "½".isnumeric())
table = str.maketrans("abc", "xyz", "d")
print("abcd".translate(table), "%s and %r" % ("x", "y"), "%5.2f|%-5d|%x" % (3.14159, 42, 255))
print("{} {name}".format("a", name="n"), "{:>8.3f}".format(2.5), "{0[1]}".format([5, 6]))
try:
    "{} {0}".format("a")
except ValueError as error:
    print("ValueError:", error)
try:
    "%d" % "x"
except TypeError as error:
    print("TypeError:", error)
try:
    "{} {}".format(1)
except IndexError as error:
    print("IndexError:", error)
print("ǅ".lower(), "ﬁ".upper(), len("e\u0301"), "straße".upper(), "İ".lower().encode())
