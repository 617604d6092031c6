# test-env: PYTHONIOENCODING=ascii:backslashreplace
# With PYTHONIOENCODING, characters outside the encoding are escaped on output.
import sys
print(sys.stdout.encoding, sys.stdout.errors)
print("café ☕ naïve")
print("snowman: \u2603", file=sys.stderr)
