# A job scheduler: a priority queue fed by several producer threads, drained by one consumer.
import queue
import threading
jobs = queue.PriorityQueue()
def producer(name, count, base_priority):
    for i in range(count):
        jobs.put((base_priority + i, f"{name}-{i}"))
threads = [threading.Thread(target=producer, args=(name, 4, priority)) for name, priority in [("low", 20), ("high", 0), ("mid", 10)]]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
done = []
def consumer():
    while not jobs.empty():
        priority, job = jobs.get()
        done.append(job)
        jobs.task_done()
worker = threading.Thread(target=consumer)
worker.start()
worker.join()
print(done)
