# Strings are immutable sequences of code points: indexing, slicing, iteration, membership.
s = "Hello, wörld! 𝄞"
print(len(s), s[0], s[-1], s[7:12], s[::-1], s[::3], s[100:], s[-3:-1])
print([c for c in "abc"], list(enumerate("hi")), "ö" in s, "wör" in s, s.count("l"), sorted(set("banana")))
try:
    s[0] = "J"
except TypeError as error:
    print("TypeError:", error)
try:
    s[100]
except IndexError as error:
    print("IndexError:", error)
print("".join(reversed("abc")), "abc" * 0, "-" * 10, "ab" + "cd", "a" < "b" < "ba", "Z" < "a", "é" > "z")
print(min("hello"), max("hello"), "x".join("abc"), "abc".__len__(), "abc".__getitem__(1), str.__add__("a", "b"))
words = "the quick brown fox".split()
print([w[::-1] for w in words], " ".join(w.capitalize() for w in words), max(words, key=len))
print("%-8s|%8s|%08.3f|%+d|%%|%c|%o|%e" % ("left", "right", 3.14159, 5, 65, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % (("tuple",),), "%.3s" % "abcdef")
