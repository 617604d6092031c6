# Objects born and dying: by reference counting, and by the cycle collector.
import gc


class Thing:
    def __init__(self, name):
        self.name = name


gc.disable()
short = Thing("short")
short = None                      # its only reference gone: freed at once
first, second = Thing("first"), Thing("second")
first.partner = second
second.partner = first
del first, second                 # a cycle: still alive, now unreachable
shared = [None, True, 7, "name"]  # immortal objects: counts fixed forever
print(gc.collect())
