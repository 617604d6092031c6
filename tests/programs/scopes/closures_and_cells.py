# Closures capture variables (cells), not values; cells are shared between closures.
def make_pair():
    value = 0
    def get():
        return value
    def set_(new):
        nonlocal value
        value = new
    return get, set_
get, set_ = make_pair()
set_(42)
print(get(), get.__closure__[0].cell_contents, get.__closure__[0] is set_.__closure__[0])
def counter(start=0):
    def step():
        nonlocal start
        start += 1
        return start
    return step
c1, c2 = counter(), counter(100)
print(c1(), c1(), c2(), c1())
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def loop_closures():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(loop_closures())
def unbound_cell():
    def inner():
        return late
    try:
        inner()
    except NameError as error:
        print("NameError:", error)
    late = "now bound"
    return inner()
print(unbound_cell())
def cell_deleted():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as error:
        print("NameError:", error)
cell_deleted()
import types
cell = types.CellType(5)
print(cell.cell_contents)
cell.cell_contents = 6
print(cell.cell_contents)
