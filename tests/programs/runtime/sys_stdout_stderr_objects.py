# The program's sys.stdout/stderr/stdin objects: types, modes, encodings and writing to both.
import sys
print(type(sys.stdout).__name__, sys.stdout.encoding.lower(), sys.stdout.errors, sys.stderr.errors, sys.stdout.isatty())
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
sys.stdout.write("written with write()\n")
sys.stderr.write("an error line\n")
sys.stdout.buffer.write(b"raw bytes through the buffer\n")
sys.stdout.flush()
print("unicode out: é ☕", file=sys.stdout)
print("unicode err: é ☕", file=sys.stderr)
print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__, sys.displayhook.__name__, sys.excepthook.__name__)
