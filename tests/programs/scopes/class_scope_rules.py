# Class bodies are scopes that methods cannot see; __class__ and __qualname__ come from them.
x = "global"
class A:
    x = "class"
    y = x + " seen in body"
    def method(self):
        return x
    def method2(self):
        return A.x, self.x, __class__.__name__
    z = [x for _ in range(1)]
print(A.y, A().method(), A().method2(), A.z)
def factory():
    v = "enclosing"
    class B:
        w = v
        def get(self):
            return v
    class B2:
        try:
            w = v
        except NameError as error:
            w = f"NameError: {error}"
        v = "class v"
    return B, B2
B, B2 = factory()
print(B.w, B().get(), B2.w, B2.v)
class C:
    print("  __qualname__ in body:", __qualname__, "__module__:", __module__)
    class Inner:
        print("  nested:", __qualname__)
        def meth(self):
            pass
print(C.Inner.meth.__qualname__)
def f():
    class Local:
        def m(self):
            pass
    return Local
print(f().__qualname__, f().m.__qualname__)
class D:
    items = []
    for i in range(3):
        items.append(i)
    del i
print(D.items, hasattr(D, "i"))
class E:
    name = "E"
    try:
        def get():
            return name
        result = get()
    except NameError as error:
        result = str(error)
print(E.result)
