# An uncaught exception in a thread is printed by threading.excepthook; then the main thread fails too.
import threading
def worker():
    {}["thread key"]
thread = threading.Thread(target=worker, name="Worker-1")
thread.start()
thread.join()
raise SystemError("main thread fails after the worker")
