# print(): sep, end, file, flush, and printing many kinds of objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, True, [1], {"k": (1,)}, {1}, b"x", "é")
print("no newline", end="")
print(" ... continued")
print("to stderr", file=sys.stderr)
print(*"spread", sep=".")
print("flushed", flush=True)
try:
    print("x", sep=5)
except TypeError as error:
    print("TypeError:", error)
try:
    print("x", file="not a file")
except AttributeError as error:
    print("AttributeError:", error)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
w = Writer()
print("into", "writer", file=w)
print(w.parts)
print(None, sep=None, end=None)
