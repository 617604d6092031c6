import sys
print(f"  runnable_pkg/__main__ as {__name__}, package {__package__!r}, spec {__spec__.name}")
print("  argv:", [sys.argv[0].endswith("__main__.py")] + sys.argv[1:])
