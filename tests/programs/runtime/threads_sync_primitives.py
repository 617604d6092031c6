# threading.local, Event, Condition, Barrier, Semaphore and queue.Queue between interpreted threads.
import queue
import threading
local = threading.local()
seen = []
def use_local(value):
    local.value = value
    seen.append((value, local.value))
threads = [threading.Thread(target=use_local, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen), hasattr(local, "value"))
ready = threading.Event()
def waiter(out):
    ready.wait()
    out.append("woke after event")
out = []
t = threading.Thread(target=waiter, args=(out,))
t.start()
ready.set()
t.join()
print(out)
jobs = queue.Queue()
done = []
def consumer():
    while (item := jobs.get()) is not None:
        done.append(item * 2)
        jobs.task_done()
    jobs.task_done()
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    jobs.put(i)
jobs.put(None)
jobs.join()
c.join()
print(done)
barrier = threading.Barrier(3)
arrived = []
def at_barrier(n):
    arrived.append(n)
    barrier.wait()
workers = [threading.Thread(target=at_barrier, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(arrived))
condition = threading.Condition()
items = []
def produce():
    with condition:
        items.append("item")
        condition.notify()
with condition:
    producer = threading.Thread(target=produce)
    producer.start()
    condition.wait_for(lambda: items)
producer.join()
print(items)
