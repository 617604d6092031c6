print(f"  runnable_pkg/__init__ as {__name__}")
