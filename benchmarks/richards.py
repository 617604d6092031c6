"""richards: Martin Richards' simulation of an operating system's task scheduler.

Six tasks share one processor: an idle task, a worker, two handlers and two
devices. They talk by queueing packets to each other. The scheduler always
runs the highest-priority task that is ready: one that is not held and is
not waiting for a packet that has not arrived. The idle task counts down
and releases the devices; the worker fills work packets with letters and
sends them to the handlers; each handler copies the letters, one by one,
into device packets and sends them to its device; a device holds itself
until it is woken up and then returns the packet.

The classic check: one simulation of 10,000 idle steps queues 23,246
packets and holds tasks 9,297 times.

Exercises: method calls, attribute access, linked lists, small classes.
Size: number of whole simulations.
"""

import sys

DEFAULT_SIZE = 27  # simulations

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
DEVICE_PACKET, WORK_PACKET = 0, 1
WORK_BUFFER_SIZE = 4


class Packet:
    """A message between tasks: its owner (task id), kind, a counter and a buffer."""

    def __init__(self, next_packet, task_id, kind):
        self.next = next_packet
        self.task_id = task_id
        self.kind = kind
        self.counter = 0
        self.buffer = [0] * WORK_BUFFER_SIZE

    def append_to(self, queue):
        """Put this packet at the end of ``queue``; return the queue's head."""
        self.next = None
        if queue is None:
            return self
        last = queue
        while last.next is not None:
            last = last.next
        last.next = self
        return queue


class Task:
    """A task control block: priority, input queue, state and the task's code."""

    def __init__(self, scheduler, task_id, priority, queue, waiting):
        self.scheduler = scheduler
        self.task_id = task_id
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.held = False
        self.next = scheduler.tasks
        scheduler.tasks = self
        scheduler.by_id[task_id] = self

    def is_blocked(self):
        return self.held or (self.waiting and not self.packet_pending)

    def take_packet(self):
        """Start running with the first packet of the queue (None if only woken)."""
        if not (self.waiting and self.packet_pending):
            return None
        packet = self.queue
        self.queue = packet.next
        self.packet_pending = self.queue is not None
        self.waiting = False
        return packet

    def receive(self, packet, sender):
        """Queue ``packet``; return the task that should run next."""
        if self.queue is None:
            self.queue = packet
            packet.next = None
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None, waiting=False)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue, waiting=True)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.task_id = self.destination
        packet.counter = 0
        for index in range(WORK_BUFFER_SIZE):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.buffer[index] = ord("A") + self.letter - 1
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, task_id, priority, queue):
        super().__init__(scheduler, task_id, priority, queue, waiting=True)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            position = work.counter
            if position >= WORK_BUFFER_SIZE:
                self.work_in = work.next
                return self.scheduler.send(work)
            if self.device_in is not None:
                device = self.device_in
                self.device_in = device.next
                device.counter = work.buffer[position]
                work.counter = position + 1
                return self.scheduler.send(device)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, task_id, priority):
        super().__init__(scheduler, task_id, priority, None, waiting=True)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait_current()
            packet, self.pending = self.pending, None
            return self.scheduler.send(packet)
        self.pending = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None  # linked through Task.next, highest priority first
        self.by_id = {}
        self.current = None
        self.packets_queued = 0
        self.holds = 0

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, task_id):
        task = self.by_id[task_id]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        """Queue ``packet`` to the task it names, signed by the current task."""
        self.packets_queued += 1
        destination = self.by_id[packet.task_id]
        packet.task_id = self.current.task_id
        return destination.receive(packet, self.current)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.is_blocked():
                task = task.next
                continue
            self.current = task
            task = task.run(task.take_packet())


def simulate(count):
    scheduler = Scheduler()
    IdleTask(scheduler, count)
    work = Packet(None, 0, WORK_PACKET)
    work = Packet(work, 0, WORK_PACKET)
    WorkerTask(scheduler, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE_PACKET)
        HandlerTask(scheduler, handler, priority, queue)
    DeviceTask(scheduler, DEVICE_A, 4000)
    DeviceTask(scheduler, DEVICE_B, 5000)
    scheduler.schedule()
    return scheduler.packets_queued, scheduler.holds


def main(size):
    results = {simulate(10_000) for _ in range(size)}
    for queued, holds in sorted(results):
        verdict = "correct" if (queued, holds) == (23246, 9297) else "WRONG"
        print(f"{size} simulations: {queued} packets queued, {holds} holds ({verdict})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
