# __del__ runs when the last reference goes (reference counting), and for cycles at gc.collect().
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__ {self.name}")
a = Noisy("a")
print("dropping a")
a = None
print("after dropping a")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
items = [Noisy("in list 1"), Noisy("in list 2")]
del items[0]
print("list item deleted")
items.clear()
print("list cleared")
x = Noisy("cycle x")
y = Noisy("cycle y")
x.other, y.other = y, x
del x, y
print("cycle unreachable, not yet collected")
gc.collect()
print("after gc.collect()")
class Resurrect:
    saved = []
    def __del__(self):
        print("  resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
last = Noisy("at exit")
print("end of program")
