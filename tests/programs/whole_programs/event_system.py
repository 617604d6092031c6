# An event bus with subscriptions by decorator, priorities, weak listeners and error isolation.
import weakref
class EventBus:
    def __init__(self):
        self.listeners = {}
    def on(self, event, priority=0):
        def register(function):
            self.listeners.setdefault(event, []).append((priority, function.__name__, function))
            self.listeners[event].sort(key=lambda item: (-item[0], item[1]))
            return function
        return register
    def emit(self, event, **payload):
        results = []
        for priority, name, function in self.listeners.get(event, []):
            try:
                results.append((name, function(**payload)))
            except Exception as error:
                results.append((name, f"failed: {type(error).__name__}: {error}"))
        return results
bus = EventBus()
@bus.on("order", priority=10)
def validate(item, quantity):
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    return "valid"
@bus.on("order")
def bill(item, quantity):
    return f"billed {quantity} x {item}"
@bus.on("order", priority=5)
def stock(item, quantity):
    return f"reserved {item}"
print(bus.emit("order", item="book", quantity=2))
print(bus.emit("order", item="pen", quantity=0))
print(bus.emit("unknown"))
class Listener:
    def __init__(self, name):
        self.name = name
    def notify(self, message):
        return f"{self.name} got {message}"
listeners = weakref.WeakSet()
a, b = Listener("a"), Listener("b")
listeners.update([a, b])
del b
print(sorted(l.notify("hello") for l in listeners))
