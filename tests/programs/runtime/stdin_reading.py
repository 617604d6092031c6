# Reading sys.stdin: readline, iteration, read, and the buffer underneath.
import sys
first = sys.stdin.readline()
print(repr(first))
for number, line in enumerate(sys.stdin, start=2):
    print(number, repr(line))
    if number == 3:
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), sys.stdin.encoding.lower().replace("-", ""), sys.stdin.isatty())
