# An exception in a thread is reported by threading.excepthook on stderr; the program goes on.
import threading
def failing_target():
    raise ValueError("raised inside the thread")
thread = threading.Thread(target=failing_target, name="Failing")
thread.start()
thread.join()
print("main thread continues after the thread's exception")
captured = []
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
thread = threading.Thread(target=failing_target, name="Hooked")
thread.start()
thread.join()
print(captured)
