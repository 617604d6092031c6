"""Two threads add to one counter without a lock: some additions get lost."""
import threading

counter = 0
ready = threading.Event()


def work():
    global counter
    ready.wait()
    for _ in range(50):
        counter += 1     # LOAD_GLOBAL, LOAD_CONST, BINARY_OP, STORE_GLOBAL: not one step


workers = [threading.Thread(target=work, name=f"worker-{n}") for n in range(2)]
for worker in workers:
    worker.start()
ready.set()
for worker in workers:
    worker.join()
print("counter:", counter, "(100 without a race)")
