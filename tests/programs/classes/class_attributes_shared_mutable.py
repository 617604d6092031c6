# Mutable class attributes are shared by all instances until an instance assigns its own.
class Bag:
    items = []
    count = 0
    def add(self, thing):
        self.items.append(thing)
        self.count += 1
a, b = Bag(), Bag()
a.add("apple")
b.add("pear")
print(a.items, b.items, Bag.items, a.count, b.count, Bag.count)
a.items = ["own list"]
print(a.items, b.items, Bag.items, "items" in vars(a), "items" in vars(b))
del a.items
print(a.items)
Bag.count = 10
print(Bag().count, a.count, b.count)
class Registry:
    members = {}
    def __init_subclass__(cls):
        cls.members = {}
class Sub(Registry):
    pass
Sub.members["x"] = 1
print(Registry.members, Sub.members)
