"""Threads that sleep and use a lock: they must all finish, whatever the GIL."""
import queue
import threading
import time

results = queue.Queue()
lock = threading.Lock()
shared = []


def worker(number):
    time.sleep(0.01 * number)
    with lock:
        shared.append(number)
    results.put(number * number)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(sorted(shared), sorted(results.get() for _ in range(3)))
