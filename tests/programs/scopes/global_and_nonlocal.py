# global and nonlocal declarations, and the errors for using names before assignment.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = "made inside a function"
make_global()
print(created_later)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner()
    return x
print(outer())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as error:
        print("UnboundLocalError:", error)
    counter = 5
unbound()
def unbound_free():
    def inner():
        return y
    try:
        inner()
    except NameError as error:
        print(type(error).__name__, error)
    y = 1
unbound_free()
for source in ["def f():\n    nonlocal q", "nonlocal z", "def f(a):\n    global a",
               "def f():\n    x = 1\n    global x", "def f():\n    def g():\n        nonlocal missing"]:
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as error:
        print("SyntaxError:", error.msg, error.lineno)
def nested_global():
    def inner():
        global counter
        counter = 100
    inner()
nested_global()
print(counter)
