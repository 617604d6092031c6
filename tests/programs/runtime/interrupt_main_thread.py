# _thread.interrupt_main() raises KeyboardInterrupt in the main thread, which can catch it.
import _thread
import threading
import time
def interrupter():
    _thread.interrupt_main()
try:
    threading.Thread(target=interrupter).start()
    while True:
        time.sleep(0.001)
except KeyboardInterrupt:
    print("caught KeyboardInterrupt from another thread")
try:
    raise KeyboardInterrupt("by hand")
except KeyboardInterrupt as error:
    print("KeyboardInterrupt args:", error.args, isinstance(error, Exception))
