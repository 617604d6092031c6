# threading runs interpreted functions in several threads; joins make the output deterministic.
import threading
results = {}
lock = threading.Lock()
counter = 0
def worker(name, count):
    global counter
    total = 0
    for i in range(count):
        total += i
        with lock:
            counter += 1
    results[name] = total
threads = [threading.Thread(target=worker, args=(f"t{i}", 10000 * (i + 1)), name=f"worker-{i}") for i in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(sorted(results.items()), counter)
print([t.name for t in threads], [t.is_alive() for t in threads], threading.current_thread().name)
class Subclassed(threading.Thread):
    def __init__(self):
        super().__init__(name="subclass")
        self.result = None
    def run(self):
        self.result = f"run() in {threading.current_thread().name}"
t = Subclassed()
t.start()
t.join()
print(t.result)
print(threading.main_thread() is threading.current_thread(), threading.active_count())
daemon = threading.Thread(target=lambda: None, daemon=True)
daemon.start()
daemon.join()
print(daemon.daemon)
