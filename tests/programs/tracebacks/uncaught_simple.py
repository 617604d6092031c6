# The simplest uncaught exception: traceback to stderr, exit status 1.
print("before the error")
raise ValueError("something went wrong")
