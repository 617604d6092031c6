# atexit handlers run after the main program, in reverse order, even after an uncaught error.
import atexit
atexit.register(print, "registered first, runs last")
@atexit.register
def second():
    print("registered second, runs first")
print("main program ends with an exception")
raise RuntimeError("end")
